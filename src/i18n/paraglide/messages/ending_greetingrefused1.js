/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Ending_Greetingrefused1Inputs */

const en_ending_greetingrefused1 = /** @type {(inputs: Ending_Greetingrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the server did not greet positively: ${i?.line}`)
};

const es_ending_greetingrefused1 = /** @type {(inputs: Ending_Greetingrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el servidor no saludó con una respuesta positiva: ${i?.line}`)
};

const de_ending_greetingrefused1 = /** @type {(inputs: Ending_Greetingrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der Server hat nicht positiv begrüßt: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "the server did not greet positively: {line}" |
*
* @param {Ending_Greetingrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_greetingrefused1 = /** @type {((inputs: Ending_Greetingrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Greetingrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_greetingrefused1(inputs)
	if (locale === "de") return de_ending_greetingrefused1(inputs)
	return en_ending_greetingrefused1(inputs)
});
export { ending_greetingrefused1 as "ending_greetingRefused" }