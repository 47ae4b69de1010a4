/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Diagram_Rowsafter1Inputs */

const en_diagram_rowsafter1 = /** @type {(inputs: Diagram_Rowsafter1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} later step not shown`);
	return /** @type {LocalizedString} */ (`${i?.n} later steps not shown`)
	
};

const es_diagram_rowsafter1 = /** @type {(inputs: Diagram_Rowsafter1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} paso posterior no se muestra`);
	return /** @type {LocalizedString} */ (`${i?.n} pasos posteriores no se muestran`)
	
};

const de_diagram_rowsafter1 = /** @type {(inputs: Diagram_Rowsafter1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} späterer Schritt nicht gezeigt`);
	return /** @type {LocalizedString} */ (`${i?.n} spätere Schritte nicht gezeigt`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} later step not shown" |
* | * | "{n} later steps not shown" |
*
* @param {Diagram_Rowsafter1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const diagram_rowsafter1 = /** @type {((inputs: Diagram_Rowsafter1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_Rowsafter1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_rowsafter1(inputs)
	if (locale === "de") return de_diagram_rowsafter1(inputs)
	return en_diagram_rowsafter1(inputs)
});
export { diagram_rowsafter1 as "diagram_rowsAfter" }