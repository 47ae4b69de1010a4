/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F15clientwithoutuidlsummary4Inputs */

const en_library_f15clientwithoutuidlsummary4 = /** @type {(inputs: Library_F15clientwithoutuidlsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server offers UIDL but this client does not use it, so it keeps no memory of what it already has: every poll downloads everything again.`)
};

const es_library_f15clientwithoutuidlsummary4 = /** @type {(inputs: Library_F15clientwithoutuidlsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor ofrece UIDL, pero este cliente no lo usa, así que no recuerda lo que ya tiene: cada consulta vuelve a descargarlo todo.`)
};

const de_library_f15clientwithoutuidlsummary4 = /** @type {(inputs: Library_F15clientwithoutuidlsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server bietet UIDL an, aber dieser Client nutzt es nicht und merkt sich also nicht, was er schon hat: Jeder Abruf lädt alles noch einmal.`)
};

/**
* | output |
* | --- |
* | "The server offers UIDL but this client does not use it, so it keeps no memory of what it already has: every poll downloads everything again." |
*
* @param {Library_F15clientwithoutuidlsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f15clientwithoutuidlsummary4 = /** @type {((inputs?: Library_F15clientwithoutuidlsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F15clientwithoutuidlsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f15clientwithoutuidlsummary4(inputs)
	if (locale === "de") return de_library_f15clientwithoutuidlsummary4(inputs)
	return en_library_f15clientwithoutuidlsummary4(inputs)
});
export { library_f15clientwithoutuidlsummary4 as "library_f15ClientWithoutUidlSummary" }