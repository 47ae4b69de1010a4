/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Keyshint1Inputs */

const en_faultmap_keyshint1 = /** @type {(inputs: Faultmap_Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrow keys move between cells; Enter opens the run.`)
};

const es_faultmap_keyshint1 = /** @type {(inputs: Faultmap_Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las flechas mueven entre casillas; Intro abre la ejecución.`)
};

const de_faultmap_keyshint1 = /** @type {(inputs: Faultmap_Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pfeiltasten wechseln die Zelle; Enter öffnet den Durchlauf.`)
};

/**
* | output |
* | --- |
* | "Arrow keys move between cells; Enter opens the run." |
*
* @param {Faultmap_Keyshint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_keyshint1 = /** @type {((inputs?: Faultmap_Keyshint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Keyshint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_keyshint1(inputs)
	if (locale === "de") return de_faultmap_keyshint1(inputs)
	return en_faultmap_keyshint1(inputs)
});
export { faultmap_keyshint1 as "faultmap_keysHint" }