/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_ProtocolInputs */

const en_layout_protocol = /** @type {(inputs: Layout_ProtocolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protocol`)
};

const es_layout_protocol = /** @type {(inputs: Layout_ProtocolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protocolo`)
};

const de_layout_protocol = /** @type {(inputs: Layout_ProtocolInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokoll`)
};

/**
* | output |
* | --- |
* | "Protocol" |
*
* @param {Layout_ProtocolInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const layout_protocol = /** @type {((inputs?: Layout_ProtocolInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_ProtocolInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_protocol(inputs)
	if (locale === "de") return de_layout_protocol(inputs)
	return en_layout_protocol(inputs)
});