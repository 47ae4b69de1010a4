/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessgoalsay14Inputs */

const en_lesson_l10claimstatelessgoalsay14 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The stage no longer shows the POP2 demonstration: press "Watch on the stage" again.`)
};

const es_lesson_l10claimstatelessgoalsay14 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La escena ya no muestra la demostración de POP2: vuelve a pulsar «Verlo en la escena».`)
};

const de_lesson_l10claimstatelessgoalsay14 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay14Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Bühne zeigt die POP2-Vorführung nicht mehr: Drücke noch einmal „Auf der Bühne ansehen“.`)
};

/**
* | output |
* | --- |
* | "The stage no longer shows the POP2 demonstration: press \"Watch on the stage\" again." |
*
* @param {Lesson_L10claimstatelessgoalsay14Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessgoalsay14 = /** @type {((inputs?: Lesson_L10claimstatelessgoalsay14Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessgoalsay14Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessgoalsay14(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessgoalsay14(inputs)
	return en_lesson_l10claimstatelessgoalsay14(inputs)
});
export { lesson_l10claimstatelessgoalsay14 as "lesson_l10ClaimStatelessGoalSay1" }