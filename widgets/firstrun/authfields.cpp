// SPDX-License-Identifier: GPL-3.0-or-later
#include "authfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace pivori {

namespace {

enum SourceIndex { FromEnvironment = 0, FromFile = 1 };

} // namespace

AuthFields::AuthFields(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_userLabel(new QLabel(tr("User name:"), this))
    , m_user(new QLineEdit(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_secret(new QLineEdit(this))
{
    m_type->addItems({ tr("None"), tr("Basic (user name and password)"), tr("Bearer token") });
    m_source->addItems({ tr("from the environment variable"), tr("from the file") });
    m_type->setObjectName(objectPrefix + QStringLiteral("AuthType"));
    m_user->setObjectName(objectPrefix + QStringLiteral("User"));
    m_source->setObjectName(objectPrefix + QStringLiteral("SecretSource"));
    m_secret->setObjectName(objectPrefix + QStringLiteral("Secret"));
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
    updateVisibility();
}

void AuthFields::updateVisibility()
{
    const int type = m_type->currentIndex();
    // Hidden rows, not hidden widgets: the form leaves no gap where they were.
    m_form->setRowVisible(1, type == 1);
    m_form->setRowVisible(2, type != 0);
    m_sourceLabel->setText(type == 1 ? tr("Password:") : tr("Token:"));
    m_secret->setPlaceholderText(m_source->currentIndex() == FromEnvironment
            ? (type == 1 ? tr("e.g. PROM_PASSWORD") : tr("e.g. PROM_TOKEN"))
            : tr("e.g. /run/secrets/prometheus"));
}

Auth AuthFields::auth() const
{
    Auth out;
    const int type = m_type->currentIndex();
    if (type == 0)
        return out;
    out.type = type == 1 ? Auth::Type::Basic : Auth::Type::Bearer;
    SecretRef ref;
    (m_source->currentIndex() == FromEnvironment ? ref.env : ref.file) = m_secret->text().trimmed();
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
    m_source->setCurrentIndex(ref.file.isEmpty() ? FromEnvironment : FromFile);
    m_secret->setText(ref.file.isEmpty() ? ref.env : ref.file);
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
    return {};
}

} // namespace pivori
