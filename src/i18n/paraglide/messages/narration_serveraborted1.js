/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serveraborted1Inputs */

const en_narration_serveraborted1 = /** @type {(inputs: Narration_Serveraborted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT, so the server never enters UPDATE: nothing this session marked is removed.`)
};

const es_narration_serveraborted1 = /** @type {(inputs: Narration_Serveraborted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT, así que el servidor nunca pasa a UPDATE: no se elimina nada de lo que marcó esta sesión.`)
};

const de_narration_serveraborted1 = /** @type {(inputs: Narration_Serveraborted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT, also betritt der Server UPDATE nie: Nichts, was diese Sitzung markiert hat, wird entfernt.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT, so the server never enters UPDATE: nothing this session marked is removed." |
*
* @param {Narration_Serveraborted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serveraborted1 = /** @type {((inputs?: Narration_Serveraborted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serveraborted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serveraborted1(inputs)
	if (locale === "de") return de_narration_serveraborted1(inputs)
	return en_narration_serveraborted1(inputs)
});
export { narration_serveraborted1 as "narration_serverAborted" }