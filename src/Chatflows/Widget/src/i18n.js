// Every string the widget shows itself (O4). Bot texts come from the chatflow in its own language.
import { pickLanguage } from './language.js';

export const TEXTS = {
  en: {
    agree: 'I agree', privacyPolicy: 'Privacy policy', allowCookies: 'Allow', declineCookies: 'No thanks',
    agreeFirst: 'Please agree to the notice above before sending.', backAt: 'We’re back {when}',
    fewMinutes: 'We usually reply in a few minutes', withinAnHour: 'We usually reply within an hour',
    fewHours: 'We usually reply in a few hours', withinADay: 'We usually reply within a day',
    close: 'Close chat', message: 'Your message', placeholder: 'Type your message…', send: 'Send',
    typing: '{name} is typing…', you: 'You', ended: 'This conversation has ended.', restart: 'Start a new conversation',
    tooFast: 'You’re sending messages too quickly — try again in {n} seconds.',
    tooFastSoon: 'You’re sending messages too quickly — try again in a moment.',
    error: 'Sorry, something went wrong. Please try again.', choices: 'Answers', articles: 'Articles',
    // Survey and transcript (O9)
    rateStar: '{n} of 5 stars', thumbsUp: 'Good', thumbsDown: 'Bad', comment: 'Comment', sendRating: 'Send rating',
    rateFirst: 'Choose a rating first.', ratingThanks: 'Thank you for your feedback!',
    transcript: 'Download transcript', transcriptFailed: 'The transcript could not be downloaded. Please try again.',
    pickTime: 'Pick a time', timesIn: 'Times in {zone}', days: 'Days', times: 'Times', downloadInvite: 'Download invitation (.ics)', manageMeeting: 'Change or cancel',
    chatTab: 'Chat', helpTab: 'Help', helpTabs: 'Chat or help articles', helpSearch: 'Search help articles', helpSearchPlaceholder: 'Search for answers…',
    helpResults: '{n} articles found', helpNoResults: 'No articles found. Try other words, or chat with us.', helpBack: 'Back',
    helpStillNeed: 'Still need help?', helpChat: 'Chat with us', helpEmpty: 'There are no articles yet.', helpError: 'The help articles could not be loaded. Please try again.',
    // widget: offline sending
    offline: 'You’re offline. Your message will be sent as soon as you’re back online.',
    unread: 'Unread messages: {n}', earlier: 'Earlier conversations', earlierEmpty: 'No earlier conversations.',
  },
  nl: {
    agree: 'Ik ga akkoord', privacyPolicy: 'Privacybeleid', allowCookies: 'Toestaan', declineCookies: 'Nee, bedankt',
    agreeFirst: 'Ga eerst akkoord met de melding hierboven.', backAt: 'We zijn terug {when}',
    fewMinutes: 'We reageren meestal binnen een paar minuten', withinAnHour: 'We reageren meestal binnen een uur',
    fewHours: 'We reageren meestal binnen een paar uur', withinADay: 'We reageren meestal binnen een dag',
    close: 'Chat sluiten', message: 'Je bericht', placeholder: 'Typ je bericht…', send: 'Versturen',
    typing: '{name} is aan het typen…', you: 'Jij', ended: 'Dit gesprek is afgelopen.', restart: 'Een nieuw gesprek beginnen',
    tooFast: 'Je stuurt te snel berichten — probeer het over {n} seconden opnieuw.',
    tooFastSoon: 'Je stuurt te snel berichten — probeer het zo meteen opnieuw.',
    error: 'Sorry, er ging iets mis. Probeer het opnieuw.', choices: 'Antwoorden', articles: 'Artikelen',
    // Survey and transcript (O9)
    rateStar: '{n} van 5 sterren', thumbsUp: 'Goed', thumbsDown: 'Slecht', comment: 'Opmerking', sendRating: 'Beoordeling versturen',
    rateFirst: 'Kies eerst een beoordeling.', ratingThanks: 'Bedankt voor je feedback!',
    transcript: 'Gesprek downloaden', transcriptFailed: 'Het gesprek kon niet worden gedownload. Probeer het opnieuw.',
    pickTime: 'Kies een tijd', timesIn: 'Tijden in {zone}', days: 'Dagen', times: 'Tijden', downloadInvite: 'Uitnodiging downloaden (.ics)', manageMeeting: 'Wijzigen of annuleren',
    chatTab: 'Chat', helpTab: 'Hulp', helpTabs: 'Chat of hulpartikelen', helpSearch: 'Hulpartikelen doorzoeken', helpSearchPlaceholder: 'Zoek een antwoord…',
    helpResults: '{n} artikelen gevonden', helpNoResults: 'Geen artikelen gevonden. Probeer andere woorden, of chat met ons.', helpBack: 'Terug',
    helpStillNeed: 'Nog steeds hulp nodig?', helpChat: 'Chat met ons', helpEmpty: 'Er zijn nog geen artikelen.', helpError: 'De hulpartikelen konden niet worden geladen. Probeer het opnieuw.',
    // widget: offline sending
    offline: 'Je bent offline. Je bericht wordt verstuurd zodra je weer online bent.',
    unread: 'Ongelezen berichten: {n}', earlier: 'Eerdere gesprekken', earlierEmpty: 'Geen eerdere gesprekken.',
  },
  de: {
    close: 'Chat schließen', message: 'Ihre Nachricht', placeholder: 'Nachricht eingeben…', send: 'Senden',
    typing: '{name} schreibt…', you: 'Sie', ended: 'Dieses Gespräch ist beendet.', restart: 'Neues Gespräch beginnen',
    tooFast: 'Sie senden zu schnell Nachrichten – versuchen Sie es in {n} Sekunden erneut.',
    tooFastSoon: 'Sie senden zu schnell Nachrichten – versuchen Sie es gleich erneut.',
    error: 'Entschuldigung, etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.', choices: 'Antworten', articles: 'Artikel',
    // Survey and transcript (O9)
    rateStar: '{n} von 5 Sternen', thumbsUp: 'Gut', thumbsDown: 'Schlecht', comment: 'Kommentar', sendRating: 'Bewertung senden',
    rateFirst: 'Bitte wählen Sie zuerst eine Bewertung.', ratingThanks: 'Vielen Dank für Ihr Feedback!',
    transcript: 'Gesprächsverlauf herunterladen', transcriptFailed: 'Der Gesprächsverlauf konnte nicht heruntergeladen werden. Bitte versuchen Sie es erneut.',
    pickTime: 'Wählen Sie eine Zeit', timesIn: 'Zeiten in {zone}', days: 'Tage', times: 'Uhrzeiten', downloadInvite: 'Einladung herunterladen (.ics)', manageMeeting: 'Ändern oder absagen',
    chatTab: 'Chat', helpTab: 'Hilfe', helpTabs: 'Chat oder Hilfeartikel', helpSearch: 'Hilfeartikel durchsuchen', helpSearchPlaceholder: 'Antworten suchen…',
    helpResults: '{n} Artikel gefunden', helpNoResults: 'Keine Artikel gefunden. Versuchen Sie andere Wörter oder chatten Sie mit uns.', helpBack: 'Zurück',
    helpStillNeed: 'Brauchen Sie noch Hilfe?', helpChat: 'Mit uns chatten', helpEmpty: 'Es gibt noch keine Artikel.', helpError: 'Die Hilfeartikel konnten nicht geladen werden. Bitte versuchen Sie es erneut.',
    // widget: consent, availability and offline sending
    agree: 'Ich stimme zu', privacyPolicy: 'Datenschutzerklärung', allowCookies: 'Erlauben', declineCookies: 'Nein, danke',
    agreeFirst: 'Bitte stimmen Sie zuerst dem Hinweis oben zu.', backAt: 'Wir sind wieder da: {when}',
    fewMinutes: 'Wir antworten meist innerhalb weniger Minuten', withinAnHour: 'Wir antworten meist innerhalb einer Stunde',
    fewHours: 'Wir antworten meist innerhalb weniger Stunden', withinADay: 'Wir antworten meist innerhalb eines Tages',
    offline: 'Sie sind offline. Ihre Nachricht wird gesendet, sobald Sie wieder online sind.',
    unread: 'Ungelesene Nachrichten: {n}', earlier: 'Frühere Gespräche', earlierEmpty: 'Keine früheren Gespräche.',
  },
  fr: {
    close: 'Fermer le chat', message: 'Votre message', placeholder: 'Écrivez votre message…', send: 'Envoyer',
    typing: '{name} est en train d’écrire…', you: 'Vous', ended: 'Cette conversation est terminée.', restart: 'Démarrer une nouvelle conversation',
    tooFast: 'Vous envoyez des messages trop vite — réessayez dans {n} secondes.',
    tooFastSoon: 'Vous envoyez des messages trop vite — réessayez dans un instant.',
    error: 'Désolé, une erreur est survenue. Veuillez réessayer.', choices: 'Réponses', articles: 'Articles',
    // Survey and transcript (O9)
    rateStar: '{n} étoiles sur 5', thumbsUp: 'Bien', thumbsDown: 'Pas bien', comment: 'Commentaire', sendRating: 'Envoyer la note',
    rateFirst: 'Choisissez d’abord une note.', ratingThanks: 'Merci pour votre avis !',
    transcript: 'Télécharger la conversation', transcriptFailed: 'La conversation n’a pas pu être téléchargée. Veuillez réessayer.',
    pickTime: 'Choisissez un créneau', timesIn: 'Heures en {zone}', days: 'Jours', times: 'Heures', downloadInvite: 'Télécharger l’invitation (.ics)', manageMeeting: 'Modifier ou annuler',
    chatTab: 'Chat', helpTab: 'Aide', helpTabs: 'Chat ou articles d’aide', helpSearch: 'Rechercher dans les articles d’aide', helpSearchPlaceholder: 'Rechercher une réponse…',
    helpResults: '{n} articles trouvés', helpNoResults: 'Aucun article trouvé. Essayez d’autres mots, ou discutez avec nous.', helpBack: 'Retour',
    helpStillNeed: 'Besoin d’aide supplémentaire ?', helpChat: 'Discuter avec nous', helpEmpty: 'Il n’y a pas encore d’articles.', helpError: 'Les articles d’aide n’ont pas pu être chargés. Veuillez réessayer.',
    // widget: consent, availability and offline sending
    agree: 'J’accepte', privacyPolicy: 'Politique de confidentialité', allowCookies: 'Autoriser', declineCookies: 'Non merci',
    agreeFirst: 'Veuillez d’abord accepter l’avis ci-dessus.', backAt: 'De retour {when}',
    fewMinutes: 'Nous répondons généralement en quelques minutes', withinAnHour: 'Nous répondons généralement en moins d’une heure',
    fewHours: 'Nous répondons généralement en quelques heures', withinADay: 'Nous répondons généralement en moins d’un jour',
    offline: 'Vous êtes hors ligne. Votre message sera envoyé dès votre retour en ligne.',
    unread: 'Messages non lus : {n}', earlier: 'Conversations précédentes', earlierEmpty: 'Aucune conversation précédente.',
  },
  es: {
    close: 'Cerrar el chat', message: 'Tu mensaje', placeholder: 'Escribe tu mensaje…', send: 'Enviar',
    typing: '{name} está escribiendo…', you: 'Tú', ended: 'Esta conversación ha terminado.', restart: 'Empezar una nueva conversación',
    tooFast: 'Estás enviando mensajes demasiado rápido: inténtalo de nuevo en {n} segundos.',
    tooFastSoon: 'Estás enviando mensajes demasiado rápido: inténtalo de nuevo en un momento.',
    error: 'Lo sentimos, algo ha fallado. Inténtalo de nuevo.', choices: 'Respuestas', articles: 'Artículos',
    // Survey and transcript (O9)
    rateStar: '{n} de 5 estrellas', thumbsUp: 'Bien', thumbsDown: 'Mal', comment: 'Comentario', sendRating: 'Enviar valoración',
    rateFirst: 'Elige primero una valoración.', ratingThanks: '¡Gracias por tu opinión!',
    transcript: 'Descargar la conversación', transcriptFailed: 'No se ha podido descargar la conversación. Inténtalo de nuevo.',
    pickTime: 'Elige una hora', timesIn: 'Horas en {zone}', days: 'Días', times: 'Horas', downloadInvite: 'Descargar la invitación (.ics)', manageMeeting: 'Cambiar o cancelar',
    chatTab: 'Chat', helpTab: 'Ayuda', helpTabs: 'Chat o artículos de ayuda', helpSearch: 'Buscar en los artículos de ayuda', helpSearchPlaceholder: 'Busca una respuesta…',
    helpResults: '{n} artículos encontrados', helpNoResults: 'No se encontraron artículos. Prueba con otras palabras o chatea con nosotros.', helpBack: 'Volver',
    helpStillNeed: '¿Todavía necesitas ayuda?', helpChat: 'Chatea con nosotros', helpEmpty: 'Todavía no hay artículos.', helpError: 'No se pudieron cargar los artículos de ayuda. Inténtalo de nuevo.',
    // widget: consent, availability and offline sending
    agree: 'Acepto', privacyPolicy: 'Política de privacidad', allowCookies: 'Permitir', declineCookies: 'No, gracias',
    agreeFirst: 'Acepta primero el aviso de arriba.', backAt: 'Volvemos {when}',
    fewMinutes: 'Solemos responder en unos minutos', withinAnHour: 'Solemos responder en menos de una hora',
    fewHours: 'Solemos responder en unas horas', withinADay: 'Solemos responder en menos de un día',
    offline: 'No tienes conexión. Tu mensaje se enviará en cuanto vuelvas a estar en línea.',
    unread: 'Mensajes sin leer: {n}', earlier: 'Conversaciones anteriores', earlierEmpty: 'No hay conversaciones anteriores.',
  },
};

/** A lookup for the chatflow's language (then the browser's, then English), with {name} placeholders. */
export function translator(...languages) {
  return tableTranslator(TEXTS, ...languages);
}

/** The same lookup over another table of the same shape (the extras chunk's own texts). */
export function tableTranslator(texts, ...languages) {
  const table = texts[pickLanguage(texts, ...languages)];
  return (key, values = {}) => (table[key] ?? texts.en[key]).replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}
