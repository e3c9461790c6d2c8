// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pivori {

/// How a server wants to be logged into: none, basic (user + password) or a bearer token, the
/// secret named by an environment variable, a file or a desktop keychain entry: the console never
/// writes a secret to its configuration. A secret typed here goes only to the keychain (stored
/// at once, in the background, with "Store in the keychain").
class AuthFields final : public QWidget
{
    Q_OBJECT
public:
    explicit AuthFields(const QString &objectPrefix, QWidget *parent = nullptr);

    Auth auth() const;
    void setAuth(const Auth &auth);
    /// What is missing or malformed, naming the field; empty when complete.
    QString problem() const;

signals:
    void changed();

private:
    void updateVisibility();
    void storeInKeychain();

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_keychainSecret = nullptr;
    QPushButton *m_store = nullptr;
    QLabel *m_storeStatus = nullptr;
};

} // namespace pivori
