/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ matched: NonNullable<unknown>, answered: NonNullable<unknown> }} Predict_ScoreInputs */

const en_predict_score = /** @type {(inputs: Predict_ScoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.answered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.matched} of ${i?.answered} answer as predicted.`);
	return /** @type {LocalizedString} */ (`${i?.matched} of ${i?.answered} answers as predicted.`)
	
};

const es_predict_score = /** @type {(inputs: Predict_ScoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.answered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.matched} de ${i?.answered} respuesta, como predijiste.`);
	return /** @type {LocalizedString} */ (`${i?.matched} de ${i?.answered} respuestas, como predijiste.`)
	
};

const de_predict_score = /** @type {(inputs: Predict_ScoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.answered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.matched} von ${i?.answered} Antwort wie vorhergesagt.`);
	return /** @type {LocalizedString} */ (`${i?.matched} von ${i?.answered} Antworten wie vorhergesagt.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{matched} of {answered} answer as predicted." |
* | * | "{matched} of {answered} answers as predicted." |
*
* @param {Predict_ScoreInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_score = /** @type {((inputs: Predict_ScoreInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_ScoreInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_score(inputs)
	if (locale === "de") return de_predict_score(inputs)
	return en_predict_score(inputs)
});