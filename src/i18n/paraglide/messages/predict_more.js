/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Predict_MoreInputs */

const en_predict_more = /** @type {(inputs: Predict_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`…and ${i?.n} more message: use the whole-run choice for it.`);
	return /** @type {LocalizedString} */ (`…and ${i?.n} more messages: use the whole-run choice for them.`)
	
};

const es_predict_more = /** @type {(inputs: Predict_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`…y ${i?.n} mensaje más: usa la respuesta para toda la ejecución.`);
	return /** @type {LocalizedString} */ (`…y ${i?.n} mensajes más: usa la respuesta para toda la ejecución.`)
	
};

const de_predict_more = /** @type {(inputs: Predict_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.n, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`…und ${i?.n} weitere Nachricht: Nimm für sie die Wahl für den ganzen Durchlauf.`);
	return /** @type {LocalizedString} */ (`…und ${i?.n} weitere Nachrichten: Nimm für sie die Wahl für den ganzen Durchlauf.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "…and {n} more message: use the whole-run choice for it." |
* | * | "…and {n} more messages: use the whole-run choice for them." |
*
* @param {Predict_MoreInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_more = /** @type {((inputs: Predict_MoreInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_MoreInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_more(inputs)
	if (locale === "de") return de_predict_more(inputs)
	return en_predict_more(inputs)
});