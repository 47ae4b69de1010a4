/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptiongoalsay14Inputs */

const en_lesson_l10claimencryptiongoalsay14 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The stage no longer shows the POP3 demonstration: press "Watch on the stage" again.`)
};

const es_lesson_l10claimencryptiongoalsay14 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La escena ya no muestra la demostración de POP3: vuelve a pulsar «Verlo en la escena».`)
};

const de_lesson_l10claimencryptiongoalsay14 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Bühne zeigt die POP3-Vorführung nicht mehr: Drücke noch einmal „Auf der Bühne ansehen“.`)
};

/**
* | output |
* | --- |
* | "The stage no longer shows the POP3 demonstration: press \"Watch on the stage\" again." |
*
* @param {Lesson_L10claimencryptiongoalsay14Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptiongoalsay14 = /** @type {((inputs?: Lesson_L10claimencryptiongoalsay14Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptiongoalsay14Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptiongoalsay14(inputs)
	if (locale === "de") return de_lesson_l10claimencryptiongoalsay14(inputs)
	return en_lesson_l10claimencryptiongoalsay14(inputs)
});
export { lesson_l10claimencryptiongoalsay14 as "lesson_l10ClaimEncryptionGoalSay1" }