// The texts of the end state's own controls (issues 20 and 21), one table per language like i18n.js. They live
// here, in the lazily loaded extras chunk, so the widget that every open chat loads does not carry them.
export const END_TEXTS = {
  en: {
    mailTranscript: 'Email me the transcript', mailAddress: 'Your e-mail address', mailSend: 'Send transcript',
    mailSent: 'The transcript is on its way to your e-mail address.', mailWrong: 'Use the e-mail address you gave in this conversation.',
    mailFailed: 'The transcript could not be sent. Please try again.',
    deleteConversation: 'Delete this conversation', deleteQuestion: 'Delete this conversation and all its messages for good?',
    deleteYes: 'Yes, delete it', deleteNo: 'Keep it', deleted: 'This conversation was deleted.',
    deleteFailed: 'The conversation could not be deleted. Please try again.',
  },
  nl: {
    mailTranscript: 'Stuur mij het gesprek per e-mail', mailAddress: 'Je e-mailadres', mailSend: 'Gesprek versturen',
    mailSent: 'Het gesprek is onderweg naar je e-mailadres.', mailWrong: 'Gebruik het e-mailadres dat je in dit gesprek hebt gegeven.',
    mailFailed: 'Het gesprek kon niet worden verstuurd. Probeer het opnieuw.',
    deleteConversation: 'Dit gesprek verwijderen', deleteQuestion: 'Dit gesprek en al zijn berichten definitief verwijderen?',
    deleteYes: 'Ja, verwijderen', deleteNo: 'Bewaren', deleted: 'Dit gesprek is verwijderd.',
    deleteFailed: 'Het gesprek kon niet worden verwijderd. Probeer het opnieuw.',
  },
  de: {
    mailTranscript: 'Gesprächsverlauf per E-Mail senden', mailAddress: 'Ihre E-Mail-Adresse', mailSend: 'Verlauf senden',
    mailSent: 'Der Gesprächsverlauf ist unterwegs an Ihre E-Mail-Adresse.', mailWrong: 'Verwenden Sie die E-Mail-Adresse, die Sie in diesem Gespräch angegeben haben.',
    mailFailed: 'Der Gesprächsverlauf konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
    deleteConversation: 'Dieses Gespräch löschen', deleteQuestion: 'Dieses Gespräch und alle Nachrichten endgültig löschen?',
    deleteYes: 'Ja, löschen', deleteNo: 'Behalten', deleted: 'Dieses Gespräch wurde gelöscht.',
    deleteFailed: 'Das Gespräch konnte nicht gelöscht werden. Bitte versuchen Sie es erneut.',
  },
  fr: {
    mailTranscript: 'M’envoyer la conversation par e-mail', mailAddress: 'Votre adresse e-mail', mailSend: 'Envoyer la conversation',
    mailSent: 'La conversation est en route vers votre adresse e-mail.', mailWrong: 'Utilisez l’adresse e-mail donnée dans cette conversation.',
    mailFailed: 'La conversation n’a pas pu être envoyée. Veuillez réessayer.',
    deleteConversation: 'Supprimer cette conversation', deleteQuestion: 'Supprimer définitivement cette conversation et tous ses messages ?',
    deleteYes: 'Oui, supprimer', deleteNo: 'La garder', deleted: 'Cette conversation a été supprimée.',
    deleteFailed: 'La conversation n’a pas pu être supprimée. Veuillez réessayer.',
  },
  es: {
    mailTranscript: 'Enviarme la conversación por correo', mailAddress: 'Tu correo electrónico', mailSend: 'Enviar la conversación',
    mailSent: 'La conversación va de camino a tu correo electrónico.', mailWrong: 'Usa el correo electrónico que diste en esta conversación.',
    mailFailed: 'No se ha podido enviar la conversación. Inténtalo de nuevo.',
    deleteConversation: 'Eliminar esta conversación', deleteQuestion: '¿Eliminar para siempre esta conversación y todos sus mensajes?',
    deleteYes: 'Sí, eliminarla', deleteNo: 'Conservarla', deleted: 'Esta conversación se ha eliminado.',
    deleteFailed: 'No se ha podido eliminar la conversación. Inténtalo de nuevo.',
  },
};
