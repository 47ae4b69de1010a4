/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Diagram_Rowsbefore1Inputs */

const en_diagram_rowsbefore1 = /** @type {(inputs: Diagram_Rowsbefore1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} earlier step not shown`);
	return /** @type {LocalizedString} */ (`${i?.n} earlier steps not shown`)
	
};

const es_diagram_rowsbefore1 = /** @type {(inputs: Diagram_Rowsbefore1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} paso anterior no se muestra`);
	return /** @type {LocalizedString} */ (`${i?.n} pasos anteriores no se muestran`)
	
};

const de_diagram_rowsbefore1 = /** @type {(inputs: Diagram_Rowsbefore1Inputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} früherer Schritt nicht gezeigt`);
	return /** @type {LocalizedString} */ (`${i?.n} frühere Schritte nicht gezeigt`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} earlier step not shown" |
* | * | "{n} earlier steps not shown" |
*
* @param {Diagram_Rowsbefore1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const diagram_rowsbefore1 = /** @type {((inputs: Diagram_Rowsbefore1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diagram_Rowsbefore1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_diagram_rowsbefore1(inputs)
	if (locale === "de") return de_diagram_rowsbefore1(inputs)
	return en_diagram_rowsbefore1(inputs)
});
export { diagram_rowsbefore1 as "diagram_rowsBefore" }