/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Nolesson1Inputs */

const en_presenter_nolesson1 = /** @type {(inputs: Presenter_Nolesson1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No lesson is open in the lab. Open one from its Lessons panel (leave presenter mode to see the panel); its steps then show here.`)
};

const es_presenter_nolesson1 = /** @type {(inputs: Presenter_Nolesson1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hay ninguna lección abierta en el laboratorio. Abre una desde el panel Lecciones (sal del modo presentación para verlo); sus pasos aparecerán aquí.`)
};

const de_presenter_nolesson1 = /** @type {(inputs: Presenter_Nolesson1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Lab ist keine Lektion geöffnet. Öffne eine im Bereich Lektionen (verlasse dazu den Präsentationsmodus); ihre Schritte erscheinen dann hier.`)
};

/**
* | output |
* | --- |
* | "No lesson is open in the lab. Open one from its Lessons panel (leave presenter mode to see the panel); its steps then show here." |
*
* @param {Presenter_Nolesson1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_nolesson1 = /** @type {((inputs?: Presenter_Nolesson1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Nolesson1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_nolesson1(inputs)
	if (locale === "de") return de_presenter_nolesson1(inputs)
	return en_presenter_nolesson1(inputs)
});
export { presenter_nolesson1 as "presenter_noLesson" }