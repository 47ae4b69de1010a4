/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ scenario: NonNullable<unknown>, retention: NonNullable<unknown>, protocol: NonNullable<unknown>, personality: NonNullable<unknown> }} Presenter_SettingsInputs */

const en_presenter_settings = /** @type {(inputs: Presenter_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.scenario} · ${i?.retention} · ${i?.protocol} · ${i?.personality}`)
};

const es_presenter_settings = /** @type {(inputs: Presenter_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.scenario} · ${i?.retention} · ${i?.protocol} · ${i?.personality}`)
};

const de_presenter_settings = /** @type {(inputs: Presenter_SettingsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.scenario} · ${i?.retention} · ${i?.protocol} · ${i?.personality}`)
};

/**
* | output |
* | --- |
* | "{scenario} · {retention} · {protocol} · {personality}" |
*
* @param {Presenter_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_settings = /** @type {((inputs: Presenter_SettingsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_SettingsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_settings(inputs)
	if (locale === "de") return de_presenter_settings(inputs)
	return en_presenter_settings(inputs)
});