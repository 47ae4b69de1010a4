/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationgoal3Inputs */

const en_lesson_l10claimauthenticationgoal3 = /** @type {(inputs: Lesson_L10claimauthenticationgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP2 client sends user name and password in the clear on the HELO line.`)
};

const es_lesson_l10claimauthenticationgoal3 = /** @type {(inputs: Lesson_L10claimauthenticationgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente POP2 envía el nombre de usuario y la contraseña en claro, en la línea HELO.`)
};

const de_lesson_l10claimauthenticationgoal3 = /** @type {(inputs: Lesson_L10claimauthenticationgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP2-Client schickt Benutzername und Passwort im Klartext in der HELO-Zeile.`)
};

/**
* | output |
* | --- |
* | "The POP2 client sends user name and password in the clear on the HELO line." |
*
* @param {Lesson_L10claimauthenticationgoal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimauthenticationgoal3 = /** @type {((inputs?: Lesson_L10claimauthenticationgoal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimauthenticationgoal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimauthenticationgoal3(inputs)
	if (locale === "de") return de_lesson_l10claimauthenticationgoal3(inputs)
	return en_lesson_l10claimauthenticationgoal3(inputs)
});
export { lesson_l10claimauthenticationgoal3 as "lesson_l10ClaimAuthenticationGoal" }