#pragma once

#include "capabilities.h"
#include "smtperror.h"
#include "smtpstep.h"
#include "tlsreport.h"
#include "transcript.h"

#include <QList>
#include <QString>

// Everything a finished run produced; SmtpClient::finished() hands it over in one piece.
struct SmtpResult {
    SmtpError error;             // code None when every step went as expected
    QList<SmtpStepRecord> steps; // in order, including the one that failed
    Capabilities capabilities;   // the last EHLO's; after STARTTLS only what was offered inside TLS
    TlsReport tls;
    QString authMechanism; // the one used ("CRAM-MD5"), or empty
    QString oauthError;    // XOAUTH2: the server's decoded JSON error, if it sent one
    int recipientsAccepted = 0;
    Transcript transcript;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
};
