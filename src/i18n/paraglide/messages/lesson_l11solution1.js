/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11solution1Inputs */

const en_lesson_l11solution1 = /** @type {(inputs: Lesson_L11solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Let the laptop keep mail on the server longer than the phone is away (30 days), or never delete it. With 14 days it deletes everything on day 15, five days before the phone polls: the gap of delete-on-download comes back, only later.`)
};

const es_lesson_l11solution1 = /** @type {(inputs: Lesson_L11solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Haz que el portátil deje el correo en el servidor más tiempo del que el móvil pasa fuera (30 días), o que no lo borre nunca. Con 14 días lo borra todo el día 15, cinco días antes de que consulte el móvil: vuelve el hueco de «Borrar al descargar», solo que más tarde.`)
};

const de_lesson_l11solution1 = /** @type {(inputs: Lesson_L11solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell den Laptop so ein, dass er Mail länger auf dem Server lässt, als das Handy weg ist (30 Tage), oder sie nie löscht. Mit 14 Tagen löscht er an Tag 15 alles, fünf Tage bevor das Handy abruft: Die Lücke von „Beim Abrufen löschen“ kommt zurück, nur später.`)
};

/**
* | output |
* | --- |
* | "Let the laptop keep mail on the server longer than the phone is away (30 days), or never delete it. With 14 days it deletes everything on day 15, five days b..." |
*
* @param {Lesson_L11solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11solution1 = /** @type {((inputs?: Lesson_L11solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11solution1(inputs)
	if (locale === "de") return de_lesson_l11solution1(inputs)
	return en_lesson_l11solution1(inputs)
});
export { lesson_l11solution1 as "lesson_l11Solution" }