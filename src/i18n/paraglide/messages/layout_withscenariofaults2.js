/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Withscenariofaults2Inputs */

const en_layout_withscenariofaults2 = /** @type {(inputs: Layout_Withscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put them back`)
};

const es_layout_withscenariofaults2 = /** @type {(inputs: Layout_Withscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a ponerlos`)
};

const de_layout_withscenariofaults2 = /** @type {(inputs: Layout_Withscenariofaults2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wieder einsetzen`)
};

/**
* | output |
* | --- |
* | "Put them back" |
*
* @param {Layout_Withscenariofaults2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_withscenariofaults2 = /** @type {((inputs?: Layout_Withscenariofaults2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Withscenariofaults2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_withscenariofaults2(inputs)
	if (locale === "de") return de_layout_withscenariofaults2(inputs)
	return en_layout_withscenariofaults2(inputs)
});
export { layout_withscenariofaults2 as "layout_withScenarioFaults" }