// SPDX-License-Identifier: GPL-3.0-or-later
#include "authfields.h"

#include "keychainsecrets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pivori {

namespace {

enum SourceIndex { FromEnvironment = 0, FromFile = 1, FromKeychain = 2 };
// The form rows, in order.
enum Row { TypeRow = 0, UserRow = 1, SourceRow = 2, KeychainRow = 3 };

// The same form as the configuration's password_keychain / token_keychain (serverconfigparser.cpp).
const QRegularExpression &keychainEntryName()
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@:/+-]{0,199}$"));
    return form;
}

} // namespace

AuthFields::AuthFields(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_userLabel(new QLabel(tr("User name:"), this))
    , m_user(new QLineEdit(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_keychainSecret(new QLineEdit(this))
    , m_store(new QPushButton(tr("Store in the keychain"), this))
    , m_storeStatus(new QLabel(this))
{
    m_type->addItems({ tr("None"), tr("Basic (user name and password)"), tr("Bearer token") });
    m_source->addItems(
        { tr("from the environment variable"), tr("from the file"), tr("from the desktop keychain entry") });
    m_type->setObjectName(objectPrefix + QStringLiteral("AuthType"));
    m_user->setObjectName(objectPrefix + QStringLiteral("User"));
    m_source->setObjectName(objectPrefix + QStringLiteral("SecretSource"));
    m_secret->setObjectName(objectPrefix + QStringLiteral("Secret"));
    m_keychainSecret->setObjectName(objectPrefix + QStringLiteral("KeychainSecret"));
    m_store->setObjectName(objectPrefix + QStringLiteral("StoreInKeychain"));
    m_storeStatus->setObjectName(objectPrefix + QStringLiteral("KeychainStatus"));
    m_keychainSecret->setEchoMode(QLineEdit::Password);
    m_keychainSecret->setPlaceholderText(tr("type it to store it; it is never written to the file"));
    m_storeStatus->setTextFormat(Qt::PlainText); // it quotes the keychain's own words
    m_storeStatus->setWordWrap(true);
    m_userLabel->setBuddy(m_user);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Authentication:"), m_type);
    form->addRow(m_userLabel, m_user);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_source);
    secretRow->addWidget(m_secret, 1);
    form->addRow(m_sourceLabel, secretRow);
    auto *keychainBox = new QWidget(this);
    auto *keychainRows = new QVBoxLayout(keychainBox);
    keychainRows->setContentsMargins(0, 0, 0, 0);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_keychainSecret, 1);
    storeRow->addWidget(m_store);
    keychainRows->addLayout(storeRow);
    keychainRows->addWidget(m_storeStatus);
    form->addRow(tr("Secret:"), keychainBox);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    connect(m_user, &QLineEdit::textChanged, this, &AuthFields::changed);
    connect(m_secret, &QLineEdit::textChanged, this, &AuthFields::changed);
    connect(m_keychainSecret, &QLineEdit::textChanged, this,
        [this] { m_store->setEnabled(!m_keychainSecret->text().isEmpty()); });
    connect(m_store, &QPushButton::clicked, this, &AuthFields::storeInKeychain);
    m_store->setEnabled(false);
    m_storeStatus->hide();
    updateVisibility();
}

void AuthFields::storeInKeychain()
{
    const QString entry = m_secret->text().trimmed();
    const bool basic = m_type->currentIndex() == 1;
    m_storeStatus->show();
    if (!keychainEntryName().match(entry).hasMatch()) {
        m_storeStatus->setText(tr("Name the keychain entry first."));
        return;
    }
    m_store->setEnabled(false);
    m_storeStatus->setText(tr("Storing in the keychain…"));
    // In the background: the keychain may first ask the user to unlock it.
    KeychainSecrets::instance()->store(entry, m_keychainSecret->text().toUtf8(), this,
        [this, entry, basic](const std::optional<Error> &failure) {
            if (failure) {
                const QString key
                    = basic ? QStringLiteral("password_keychain") : QStringLiteral("token_keychain");
                m_storeStatus->setText(KeychainSecrets::explain(*failure, key, entry).message);
                m_store->setEnabled(!m_keychainSecret->text().isEmpty());
                return;
            }
            m_keychainSecret->clear();
            m_storeStatus->setText(tr("Stored in the keychain as \"%1\".").arg(entry));
            emit changed(); // the server is tried again, now with the secret
        });
}

void AuthFields::updateVisibility()
{
    const int type = m_type->currentIndex();
    // Hidden rows, not hidden widgets: the form leaves no gap where they were.
    const int source = m_source->currentIndex();
    m_form->setRowVisible(UserRow, type == 1);
    m_form->setRowVisible(SourceRow, type != 0);
    m_form->setRowVisible(KeychainRow, type != 0 && source == FromKeychain);
    m_sourceLabel->setText(type == 1 ? tr("Password:") : tr("Token:"));
    if (source == FromEnvironment)
        m_secret->setPlaceholderText(type == 1 ? tr("e.g. PROM_PASSWORD") : tr("e.g. PROM_TOKEN"));
    else if (source == FromFile)
        m_secret->setPlaceholderText(tr("e.g. /run/secrets/prometheus"));
    else
        m_secret->setPlaceholderText(tr("entry name, e.g. prom-main"));
}

Auth AuthFields::auth() const
{
    Auth out;
    const int type = m_type->currentIndex();
    if (type == 0)
        return out;
    out.type = type == 1 ? Auth::Type::Basic : Auth::Type::Bearer;
    SecretRef ref;
    const int source = m_source->currentIndex();
    (source == FromEnvironment   ? ref.env
            : source == FromFile ? ref.file
                                 : ref.keychain)
        = m_secret->text().trimmed();
    if (type == 1) {
        out.username = m_user->text().trimmed();
        out.password = ref;
    } else {
        out.token = ref;
    }
    return out;
}

void AuthFields::setAuth(const Auth &auth)
{
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockSecret(m_secret);
    m_type->setCurrentIndex(auth.type == Auth::Type::None ? 0 : auth.type == Auth::Type::Basic ? 1 : 2);
    m_user->setText(auth.username);
    const SecretRef &ref = auth.type == Auth::Type::Basic ? auth.password : auth.token;
    if (!ref.keychain.isEmpty()) {
        m_source->setCurrentIndex(FromKeychain);
        m_secret->setText(ref.keychain);
    } else {
        m_source->setCurrentIndex(ref.file.isEmpty() ? FromEnvironment : FromFile);
        m_secret->setText(ref.file.isEmpty() ? ref.env : ref.file);
    }
    updateVisibility();
}

QString AuthFields::problem() const
{
    const int type = m_type->currentIndex();
    if (type == 0)
        return {};
    if (type == 1 && m_user->text().trimmed().isEmpty())
        return tr("the user name is missing");
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty())
        return type == 1 ? tr("say where the password is") : tr("say where the token is");
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (m_source->currentIndex() == FromEnvironment && !envName.match(secret).hasMatch())
        return tr("\"%1\" is not an environment variable name").arg(secret);
    if (m_source->currentIndex() == FromKeychain && !keychainEntryName().match(secret).hasMatch())
        return tr("\"%1\" is not a keychain entry name (letters, digits and . _ @ : / + -)").arg(secret);
    return {};
}

} // namespace pivori
