#pragma once

#include "replydecoder.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Provider wordings that say more than the codes: "Username and Password not accepted" is Gmail asking for an
// app password, a Gmail "?p=" help link names the problem exactly, Microsoft's "RecipientNotFound" … Used by
// ReplyDecoder on each reply and on the whole text.
namespace ReplyHints {

// The hints the text shows, Gmail links first, each once, with the words that gave it away.
QList<ReplyDecoder::Hint> find(QStringView text);
// One translated sentence for a hint id, or an empty string for an id nobody knows.
QString explanation(const QString &id);
// Every hint id with a sentence of its own.
QStringList knownIds();

} // namespace ReplyHints
