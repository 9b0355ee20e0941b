# The built-in demo server (training scenarios on 127.0.0.1 only), part of smtpdesk_core, and its TLS
# material from resources/demo/ (loopback-only, see the README there).
target_sources(smtpdesk_core PRIVATE
    demoscenario.cpp demoscenario.h
    demoserver.cpp demoserver.h
    demosession.cpp demosession.h
    demotls.cpp demotls.h
)
qt_add_resources(smtpdesk_core demo_tls
    PREFIX "/demo"
    BASE "${PROJECT_SOURCE_DIR}/resources/demo"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/demo/demo-cert.pem"
        "${PROJECT_SOURCE_DIR}/resources/demo/demo-key.pem"
)
