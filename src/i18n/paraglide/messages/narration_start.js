/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_StartInputs */

const en_narration_start = /** @type {(inputs: Narration_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press Play to watch the session, or step through it.`)
};

const es_narration_start = /** @type {(inputs: Narration_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa Reproducir para ver la sesión, o recórrela paso a paso.`)
};

const de_narration_start = /** @type {(inputs: Narration_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen, um die Sitzung anzusehen, oder gehe sie Schritt für Schritt durch.`)
};

/**
* | output |
* | --- |
* | "Press Play to watch the session, or step through it." |
*
* @param {Narration_StartInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_start = /** @type {((inputs?: Narration_StartInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_StartInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_start(inputs)
	if (locale === "de") return de_narration_start(inputs)
	return en_narration_start(inputs)
});