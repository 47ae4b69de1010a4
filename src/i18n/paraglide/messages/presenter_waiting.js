/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_WaitingInputs */

const en_presenter_waiting = /** @type {(inputs: Presenter_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waiting for the POP Lab window. Keep it open in presenter mode; this window follows it.`)
};

const es_presenter_waiting = /** @type {(inputs: Presenter_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esperando a la ventana de POP Lab. Mantenla abierta en modo presentación; esta ventana la sigue.`)
};

const de_presenter_waiting = /** @type {(inputs: Presenter_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warte auf das POP-Lab-Fenster. Lass es im Präsentationsmodus geöffnet; dieses Fenster folgt ihm.`)
};

/**
* | output |
* | --- |
* | "Waiting for the POP Lab window. Keep it open in presenter mode; this window follows it." |
*
* @param {Presenter_WaitingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_waiting = /** @type {((inputs?: Presenter_WaitingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_WaitingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_waiting(inputs)
	if (locale === "de") return de_presenter_waiting(inputs)
	return en_presenter_waiting(inputs)
});