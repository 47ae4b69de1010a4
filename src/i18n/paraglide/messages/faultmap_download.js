/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_DownloadInputs */

const en_faultmap_download = /** @type {(inputs: Faultmap_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download SVG`)
};

const es_faultmap_download = /** @type {(inputs: Faultmap_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descargar SVG`)
};

const de_faultmap_download = /** @type {(inputs: Faultmap_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SVG herunterladen`)
};

/**
* | output |
* | --- |
* | "Download SVG" |
*
* @param {Faultmap_DownloadInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_download = /** @type {((inputs?: Faultmap_DownloadInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_DownloadInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_download(inputs)
	if (locale === "de") return de_faultmap_download(inputs)
	return en_faultmap_download(inputs)
});