/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ total: NonNullable<unknown>, count: NonNullable<unknown> }} Format_Expecttoomany2Inputs */

const en_format_expecttoomany2 = /** @type {(inputs: Format_Expecttoomany2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the verdict counts add up to ${i?.total}, but the maildrop has only ${i?.count} messages`)
};

const es_format_expecttoomany2 = /** @type {(inputs: Format_Expecttoomany2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`los recuentos del veredicto suman ${i?.total}, pero el buzón solo tiene ${i?.count} mensajes`)
};

const de_format_expecttoomany2 = /** @type {(inputs: Format_Expecttoomany2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Zählungen des Ergebnisses ergeben zusammen ${i?.total}, aber der Maildrop hat nur ${i?.count} Nachrichten`)
};

/**
* | output |
* | --- |
* | "the verdict counts add up to {total}, but the maildrop has only {count} messages" |
*
* @param {Format_Expecttoomany2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_expecttoomany2 = /** @type {((inputs: Format_Expecttoomany2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Expecttoomany2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_expecttoomany2(inputs)
	if (locale === "de") return de_format_expecttoomany2(inputs)
	return en_format_expecttoomany2(inputs)
});
export { format_expecttoomany2 as "format_expectTooMany" }