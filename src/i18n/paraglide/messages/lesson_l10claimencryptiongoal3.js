/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptiongoal3Inputs */

const en_lesson_l10claimencryptiongoal3 = /** @type {(inputs: Lesson_L10claimencryptiongoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 client sends its password as plain text on the wire.`)
};

const es_lesson_l10claimencryptiongoal3 = /** @type {(inputs: Lesson_L10claimencryptiongoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente POP3 envía su contraseña como texto plano por la línea.`)
};

const de_lesson_l10claimencryptiongoal3 = /** @type {(inputs: Lesson_L10claimencryptiongoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP3-Client schickt sein Passwort als Klartext über die Leitung.`)
};

/**
* | output |
* | --- |
* | "A POP3 client sends its password as plain text on the wire." |
*
* @param {Lesson_L10claimencryptiongoal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptiongoal3 = /** @type {((inputs?: Lesson_L10claimencryptiongoal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptiongoal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptiongoal3(inputs)
	if (locale === "de") return de_lesson_l10claimencryptiongoal3(inputs)
	return en_lesson_l10claimencryptiongoal3(inputs)
});
export { lesson_l10claimencryptiongoal3 as "lesson_l10ClaimEncryptionGoal" }