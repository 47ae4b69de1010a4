/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Withoutscenariofaults2Inputs */

const en_layout_withoutscenariofaults2 = /** @type {(inputs: Layout_Withoutscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Run without them`)
};

const es_layout_withoutscenariofaults2 = /** @type {(inputs: Layout_Withoutscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejecutar sin ellos`)
};

const de_layout_withoutscenariofaults2 = /** @type {(inputs: Layout_Withoutscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne sie laufen lassen`)
};

/**
* | output |
* | --- |
* | "Run without them" |
*
* @param {Layout_Withoutscenariofaults2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_withoutscenariofaults2 = /** @type {((inputs?: Layout_Withoutscenariofaults2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Withoutscenariofaults2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_withoutscenariofaults2(inputs)
	if (locale === "de") return de_layout_withoutscenariofaults2(inputs)
	return en_layout_withoutscenariofaults2(inputs)
});
export { layout_withoutscenariofaults2 as "layout_withoutScenarioFaults" }