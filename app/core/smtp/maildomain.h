#pragma once

#include <QString>

// Domain names as discovery needs them: the domain of an e-mail address in the ASCII form DNS uses,
// and a check that a host name is well formed. Shared by ProviderPresets and ServerDiscovery so both
// agree on what "the domain of an address" is.
class MailDomain {
public:
    // The part after the last '@', lower case, IDNs in their "xn--" form, without a trailing dot; empty
    // when the address has no local part or the domain is not a valid DNS name with at least two labels
    // (address literals such as "[192.0.2.1]" included: there is nothing to look up).
    static QString ofAddress(const QString &emailAddress);
    // ASCII labels of letters, digits and inner hyphens, 1 to 63 characters each, 253 in all.
    static bool isValidHostName(const QString &name);
};
