/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Terminal_Unknownhelp1Inputs */

const en_terminal_unknownhelp1 = /** @type {(inputs: Terminal_Unknownhelp1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No help for "${i?.name}". Type help for the list.`)
};

const es_terminal_unknownhelp1 = /** @type {(inputs: Terminal_Unknownhelp1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No hay ayuda para «${i?.name}». Escribe help para ver la lista.`)
};

const de_terminal_unknownhelp1 = /** @type {(inputs: Terminal_Unknownhelp1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keine Hilfe zu „${i?.name}“. Tippe help für die Liste.`)
};

/**
* | output |
* | --- |
* | "No help for \"{name}\". Type help for the list." |
*
* @param {Terminal_Unknownhelp1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_unknownhelp1 = /** @type {((inputs: Terminal_Unknownhelp1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Unknownhelp1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_unknownhelp1(inputs)
	if (locale === "de") return de_terminal_unknownhelp1(inputs)
	return en_terminal_unknownhelp1(inputs)
});
export { terminal_unknownhelp1 as "terminal_unknownHelp" }