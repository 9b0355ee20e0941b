#pragma once

#include "catalog.h"

#include <QJsonObject>

// Machine-readable form of catalog entries and lookups, for `--json` output of the command line.
namespace EntryJson {
QJsonObject entry(const ReplyCode &code, const QString &language, int classDigit = 0);
QJsonObject lookup(const Catalog::Lookup &lookup, const QString &language);
} // namespace EntryJson
