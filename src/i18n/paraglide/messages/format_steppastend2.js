/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, length: NonNullable<unknown> }} Format_Steppastend2Inputs */

const en_format_steppastend2 = /** @type {(inputs: Format_Steppastend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`step ${i?.step} is past the end of the run (${i?.length} steps without faults); this fault can never fire`)
};

const es_format_steppastend2 = /** @type {(inputs: Format_Steppastend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el paso ${i?.step} está después del final de la ejecución (${i?.length} pasos sin fallos); este fallo nunca puede producirse`)
};

const de_format_steppastend2 = /** @type {(inputs: Format_Steppastend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step} liegt hinter dem Ende des Laufs (${i?.length} Schritte ohne Störungen); diese Störung kann nie eintreten`)
};

/**
* | output |
* | --- |
* | "step {step} is past the end of the run ({length} steps without faults); this fault can never fire" |
*
* @param {Format_Steppastend2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_steppastend2 = /** @type {((inputs: Format_Steppastend2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Steppastend2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_steppastend2(inputs)
	if (locale === "de") return de_format_steppastend2(inputs)
	return en_format_steppastend2(inputs)
});
export { format_steppastend2 as "format_stepPastEnd" }