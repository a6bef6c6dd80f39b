// SPDX-License-Identifier: GPL-3.0-or-later
#include "comeback_json.h"

#include "core/i18n/contexts.h"
#include "core/rules/comeback_texts.h"

#include <QJsonArray>

namespace stridelog::cli {

QJsonObject comebackStatusJson(const ComebackStatus& status) {
    QJsonArray sessions;
    for (const ComebackSession& session : status.sessions) {
        QJsonArray runIds;
        for (RunId id : session.runs) runIds.append(static_cast<qint64>(id.value()));
        QJsonArray reasons;
        for (SessionReason reason : session.reasons) reasons.append(toString(reason));
        sessions.append(QJsonObject{
            {QStringLiteral("date"), session.day.toString(Qt::ISODate)},
            {QStringLiteral("run_ids"), runIds},
            {QStringLiteral("level"), session.level},
            {QStringLiteral("outcome"), toString(session.outcome)},
            {QStringLiteral("reasons"), reasons},
        });
    }
    const ComebackLevel& level = status.session;
    return {
        {QStringLiteral("id"), static_cast<qint64>(status.id.value())},
        {QStringLiteral("state"), toString(status.state)},
        {QStringLiteral("started"), status.started.toLocalIsoString()},
        {QStringLiteral("profile"), toString(status.profile)},
        {QStringLiteral("ceiling_during"), status.ceilingDuring},
        {QStringLiteral("level"), status.level},
        {QStringLiteral("levels"), kComebackLevels},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("walk_min"), level.walkMinutes},
                     {QStringLiteral("run_min"), level.runMinutes},
                     {QStringLiteral("distance_m"), static_cast<qint64>(level.distanceMetres)},
                     {QStringLiteral("effort"), level.effort}}},
        {QStringLiteral("today"), toString(status.today)},
        {QStringLiteral("next_on"), status.nextOn ? QJsonValue(status.nextOn->toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sessions"), sessions},
    };
}

QJsonObject morningJson(const MorningCheck& morning) {
    return {{QStringLiteral("date"), morning.date.toString(Qt::ISODate)},
            {QStringLiteral("pain"), morning.pain},
            {QStringLiteral("swelling"), morning.swelling},
            {QStringLiteral("limp"), morning.limp}};
}

QString comebackStatusText(const ComebackStatus& status, UnitSystem units) {
    QString text = CliWords::tr("Way back %1 (%2), started %3: %4, level %5 of 6, today: %6\n")
                       .arg(status.id.value())
                       .arg(toString(status.profile), status.started.toLocalIsoString(),
                            toString(status.state))
                       .arg(status.level)
                       .arg(toString(status.today));
    if (status.nextOn) {
        text += CliWords::tr("Next session on %1: %2\n")
                    .arg(status.nextOn->toString(Qt::ISODate),
                         texts::comebackSessionText(status.session, units));
    }
    for (const ComebackSession& session : status.sessions) {
        QStringList reasons;
        for (SessionReason reason : session.reasons) reasons << toString(reason);
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(session.day.toString(Qt::ISODate))
                    .arg(session.level)
                    .arg(toString(session.outcome), reasons.join(QStringLiteral(", ")));
    }
    return text;
}

}  // namespace stridelog::cli
