/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_MaildropInputs */

const en_stage_maildrop = /** @type {(inputs: Stage_MaildropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server maildrop`)
};

const es_stage_maildrop = /** @type {(inputs: Stage_MaildropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buzón del servidor`)
};

const de_stage_maildrop = /** @type {(inputs: Stage_MaildropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postfach auf dem Server`)
};

/**
* | output |
* | --- |
* | "Server maildrop" |
*
* @param {Stage_MaildropInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_maildrop = /** @type {((inputs?: Stage_MaildropInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_MaildropInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_maildrop(inputs)
	if (locale === "de") return de_stage_maildrop(inputs)
	return en_stage_maildrop(inputs)
});