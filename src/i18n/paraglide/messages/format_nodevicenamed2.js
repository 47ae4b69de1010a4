/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, names: NonNullable<unknown> }} Format_Nodevicenamed2Inputs */

const en_format_nodevicenamed2 = /** @type {(inputs: Format_Nodevicenamed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no device named "${i?.name}" (devices: ${i?.names})`)
};

const es_format_nodevicenamed2 = /** @type {(inputs: Format_Nodevicenamed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no hay ningún dispositivo llamado "${i?.name}" (dispositivos: ${i?.names})`)
};

const de_format_nodevicenamed2 = /** @type {(inputs: Format_Nodevicenamed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kein Gerät namens "${i?.name}" (Geräte: ${i?.names})`)
};

/**
* | output |
* | --- |
* | "no device named \"{name}\" (devices: {names})" |
*
* @param {Format_Nodevicenamed2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_nodevicenamed2 = /** @type {((inputs: Format_Nodevicenamed2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Nodevicenamed2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_nodevicenamed2(inputs)
	if (locale === "de") return de_format_nodevicenamed2(inputs)
	return en_format_nodevicenamed2(inputs)
});
export { format_nodevicenamed2 as "format_noDeviceNamed" }