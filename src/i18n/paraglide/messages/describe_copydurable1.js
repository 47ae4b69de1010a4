/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, message: NonNullable<unknown> }} Describe_Copydurable1Inputs */

const en_describe_copydurable1 = /** @type {(inputs: Describe_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s copy of ${i?.message} is now durable on disk.`)
};

const es_describe_copydurable1 = /** @type {(inputs: Describe_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La copia de ${i?.message} en ${i?.device} ya está guardada en disco.`)
};

const de_describe_copydurable1 = /** @type {(inputs: Describe_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Kopie von ${i?.message} auf ${i?.device} ist jetzt dauerhaft auf der Festplatte.`)
};

/**
* | output |
* | --- |
* | "{device}'s copy of {message} is now durable on disk." |
*
* @param {Describe_Copydurable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copydurable1 = /** @type {((inputs: Describe_Copydurable1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copydurable1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copydurable1(inputs)
	if (locale === "de") return de_describe_copydurable1(inputs)
	return en_describe_copydurable1(inputs)
});
export { describe_copydurable1 as "describe_copyDurable" }