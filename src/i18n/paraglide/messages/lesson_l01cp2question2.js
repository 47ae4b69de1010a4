/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2question2Inputs */

const en_lesson_l01cp2question2 = /** @type {(inputs: Lesson_L01cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your terminal printed message 1 but saved it nowhere. When you type QUIT, the server will remove it. What will the custody ledger then say about message 1?`)
};

const es_lesson_l01cp2question2 = /** @type {(inputs: Lesson_L01cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu terminal ha mostrado el mensaje 1, pero no lo ha guardado en ningún sitio. Cuando escribas QUIT, el servidor lo eliminará. ¿Qué dirá entonces el registro de custodia sobre el mensaje 1?`)
};

const de_lesson_l01cp2question2 = /** @type {(inputs: Lesson_L01cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dein Terminal hat Nachricht 1 angezeigt, aber nirgends gespeichert. Wenn du QUIT tippst, entfernt der Server sie. Was steht dann im Verbleibsbuch über Nachricht 1?`)
};

/**
* | output |
* | --- |
* | "Your terminal printed message 1 but saved it nowhere. When you type QUIT, the server will remove it. What will the custody ledger then say about message 1?" |
*
* @param {Lesson_L01cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2question2 = /** @type {((inputs?: Lesson_L01cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2question2(inputs)
	if (locale === "de") return de_lesson_l01cp2question2(inputs)
	return en_lesson_l01cp2question2(inputs)
});
export { lesson_l01cp2question2 as "lesson_l01Cp2Question" }