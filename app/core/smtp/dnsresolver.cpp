#include "dnsresolver.h"

DnsResolver::DnsResolver(QObject *parent)
    : QObject(parent) {}

DnsResolver::~DnsResolver() = default;
