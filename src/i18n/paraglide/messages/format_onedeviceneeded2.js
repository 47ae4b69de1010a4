/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Onedeviceneeded2Inputs */

const en_format_onedeviceneeded2 = /** @type {(inputs: Format_Onedeviceneeded2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`at least one device is needed`)
};

const es_format_onedeviceneeded2 = /** @type {(inputs: Format_Onedeviceneeded2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hace falta al menos un dispositivo`)
};

const de_format_onedeviceneeded2 = /** @type {(inputs: Format_Onedeviceneeded2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mindestens ein Gerät ist nötig`)
};

/**
* | output |
* | --- |
* | "at least one device is needed" |
*
* @param {Format_Onedeviceneeded2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_onedeviceneeded2 = /** @type {((inputs?: Format_Onedeviceneeded2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Onedeviceneeded2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_onedeviceneeded2(inputs)
	if (locale === "de") return de_format_onedeviceneeded2(inputs)
	return en_format_onedeviceneeded2(inputs)
});
export { format_onedeviceneeded2 as "format_oneDeviceNeeded" }