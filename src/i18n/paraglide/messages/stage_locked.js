/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_LockedInputs */

const en_stage_locked = /** @type {(inputs: Stage_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`locked`)
};

const es_stage_locked = /** @type {(inputs: Stage_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bloqueado`)
};

const de_stage_locked = /** @type {(inputs: Stage_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gesperrt`)
};

/**
* | output |
* | --- |
* | "locked" |
*
* @param {Stage_LockedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_locked = /** @type {((inputs?: Stage_LockedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_LockedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_locked(inputs)
	if (locale === "de") return de_stage_locked(inputs)
	return en_stage_locked(inputs)
});