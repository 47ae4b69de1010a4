/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Scenariosloading1Inputs */

const en_layout_scenariosloading1 = /** @type {(inputs: Layout_Scenariosloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading more scenarios…`)
};

const es_layout_scenariosloading1 = /** @type {(inputs: Layout_Scenariosloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargando más escenarios…`)
};

const de_layout_scenariosloading1 = /** @type {(inputs: Layout_Scenariosloading1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Szenarien werden geladen …`)
};

/**
* | output |
* | --- |
* | "Loading more scenarios…" |
*
* @param {Layout_Scenariosloading1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_scenariosloading1 = /** @type {((inputs?: Layout_Scenariosloading1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Scenariosloading1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_scenariosloading1(inputs)
	if (locale === "de") return de_layout_scenariosloading1(inputs)
	return en_layout_scenariosloading1(inputs)
});
export { layout_scenariosloading1 as "layout_scenariosLoading" }