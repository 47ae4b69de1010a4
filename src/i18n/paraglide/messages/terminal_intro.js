/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown>, user: NonNullable<unknown>, secret: NonNullable<unknown> }} Terminal_IntroInputs */

const en_terminal_intro = /** @type {(inputs: Terminal_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You are the mail client, talking ${i?.protocol} by hand. Log in as ${i?.user} with the password ${i?.secret}. Type help for the commands.`)
};

const es_terminal_intro = /** @type {(inputs: Terminal_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tú eres el cliente de correo y hablas ${i?.protocol} a mano. Inicia sesión como ${i?.user} con la contraseña ${i?.secret}. Escribe help para ver las órdenes.`)
};

const de_terminal_intro = /** @type {(inputs: Terminal_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Du bist das Mailprogramm und sprichst ${i?.protocol} von Hand. Melde dich als ${i?.user} mit dem Passwort ${i?.secret} an. Tippe help für die Befehle.`)
};

/**
* | output |
* | --- |
* | "You are the mail client, talking {protocol} by hand. Log in as {user} with the password {secret}. Type help for the commands." |
*
* @param {Terminal_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_intro = /** @type {((inputs: Terminal_IntroInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_IntroInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_intro(inputs)
	if (locale === "de") return de_terminal_intro(inputs)
	return en_terminal_intro(inputs)
});