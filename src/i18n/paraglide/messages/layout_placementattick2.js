/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Layout_Placementattick2Inputs */

const en_layout_placementattick2 = /** @type {(inputs: Layout_Placementattick2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at tick ${i?.n}`)
};

const es_layout_placementattick2 = /** @type {(inputs: Layout_Placementattick2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en el tic ${i?.n}`)
};

const de_layout_placementattick2 = /** @type {(inputs: Layout_Placementattick2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bei Tick ${i?.n}`)
};

/**
* | output |
* | --- |
* | "at tick {n}" |
*
* @param {Layout_Placementattick2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementattick2 = /** @type {((inputs: Layout_Placementattick2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementattick2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementattick2(inputs)
	if (locale === "de") return de_layout_placementattick2(inputs)
	return en_layout_placementattick2(inputs)
});
export { layout_placementattick2 as "layout_placementAtTick" }