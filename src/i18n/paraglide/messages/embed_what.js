/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, mode: NonNullable<unknown> }} Embed_WhatInputs */

const en_embed_what = /** @type {(inputs: Embed_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.title}”, ${i?.mode}.`)
};

const es_embed_what = /** @type {(inputs: Embed_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.title}», ${i?.mode}.`)
};

const de_embed_what = /** @type {(inputs: Embed_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.title}“, ${i?.mode}.`)
};

/**
* | output |
* | --- |
* | "“{title}”, {mode}." |
*
* @param {Embed_WhatInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const embed_what = /** @type {((inputs: Embed_WhatInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_WhatInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_what(inputs)
	if (locale === "de") return de_embed_what(inputs)
	return en_embed_what(inputs)
});