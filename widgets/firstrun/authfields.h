// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pivori {

/// How a server wants to be logged into: none, basic (user + password) or a bearer token, the
/// secret named by an environment variable or a file, never typed in: the console never
/// writes a secret to its configuration.
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

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_secret = nullptr;
};

} // namespace pivori
