/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04summary1Inputs */

const en_lesson_l04summary1 = /** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT reaches the server, and then the connection dies before the server's +OK gets back to the laptop. The laptop cannot tell what happened. Work out what the server did, and what the laptop finds when it polls again (failure catalogue F5).`)
};

const es_lesson_l04summary1 = /** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT llega al servidor, y entonces la conexión muere antes de que el +OK del servidor vuelva al portátil. El portátil no puede saber qué ha pasado. Averigua qué hizo el servidor y qué encuentra el portátil cuando vuelve a consultar (catálogo de fallos, F5).`)
};

const de_lesson_l04summary1 = /** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT erreicht den Server, und dann bricht die Verbindung ab, bevor das +OK des Servers beim Laptop ankommt. Der Laptop kann nicht wissen, was passiert ist. Finde heraus, was der Server getan hat und was der Laptop vorfindet, wenn er noch einmal abruft (Störungskatalog, F5).`)
};

/**
* | output |
* | --- |
* | "QUIT reaches the server, and then the connection dies before the server's +OK gets back to the laptop. The laptop cannot tell what happened. Work out what th..." |
*
* @param {Lesson_L04summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04summary1 = /** @type {((inputs?: Lesson_L04summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04summary1(inputs)
	if (locale === "de") return de_lesson_l04summary1(inputs)
	return en_lesson_l04summary1(inputs)
});
export { lesson_l04summary1 as "lesson_l04Summary" }