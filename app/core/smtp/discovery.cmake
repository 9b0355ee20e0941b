# Server discovery (provider presets, DNS SRV/MX, port probing), part of smtpdesk_core, and the
# provider presets data from resources/providers/.
target_sources(smtpdesk_core PRIVATE
    dnsresolver.cpp dnsresolver.h
    qdnslookupresolver.cpp qdnslookupresolver.h
    maildomain.cpp maildomain.h
    providerpresets.cpp providerpresets.h
    serverdiscovery.cpp serverdiscovery.h
)
qt_add_resources(smtpdesk_core provider_presets
    PREFIX "/providers"
    BASE "${PROJECT_SOURCE_DIR}/resources/providers"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/providers/providers.json"
)
