/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, label: NonNullable<unknown> }} Diagram_Rowlabel1Inputs */

const en_diagram_rowlabel1 = /** @type {(inputs: Diagram_Rowlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step}: ${i?.label}`)
};

const es_diagram_rowlabel1 = /** @type {(inputs: Diagram_Rowlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step}: ${i?.label}`)
};

const de_diagram_rowlabel1 = /** @type {(inputs: Diagram_Rowlabel1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step}: ${i?.label}`)
};

/**
* | output |
* | --- |
* | "Step {step}: {label}" |
*
* @param {Diagram_Rowlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const diagram_rowlabel1 = /** @type {((inputs: Diagram_Rowlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_Rowlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_rowlabel1(inputs)
	if (locale === "de") return de_diagram_rowlabel1(inputs)
	return en_diagram_rowlabel1(inputs)
});
export { diagram_rowlabel1 as "diagram_rowLabel" }