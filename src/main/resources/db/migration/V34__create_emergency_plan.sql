-- The emergency plan (突发事件应急预案): tasks, each owned by one of the service teams' duties (the six teams of the
-- seed paper, as the competency feature's teams name them) and optionally by a saved team. Declaring an emergency
-- copies the plan into a fresh checklist of that emergency, ticked during it with who ticked what and when.
create table emergency_plan_task (
    id              bigint generated always as identity primary key,
    position        integer      not null,
    duty            varchar(40)  not null check (duty in ('online-resources', 'e-reserves', 'it-support',
                                                          'online-reference', 'promotion', 'coordination')),
    team_id         bigint       references service_team (id) on delete set null,
    title           jsonb        not null,
    updated_by      varchar(254),
    updated_at      timestamptz  not null default now()
);

create table emergency_checklist_item (
    emergency_id    bigint       not null references emergency (id),
    position        integer      not null,
    duty            varchar(40)  not null,
    team_id         bigint,
    title           jsonb        not null,
    done_at         timestamptz,
    done_by         varchar(254),
    primary key (emergency_id, position)
);

-- A starting plan, modelled on the seed paper's six teams; admins change it.
insert into emergency_plan_task (position, duty, title) values
 (1, 'coordination', '{"zh-CN": "启动应急预案，确认各小组负责人和联系方式", "en": "Start the plan; confirm each team''s lead and how to reach them"}'),
 (2, 'coordination', '{"zh-CN": "发布闭馆通知，说明受影响的服务和预计时间", "en": "Publish the closure notice: services affected and expected duration"}'),
 (3, 'online-resources', '{"zh-CN": "检查校外访问（代理、WebVPN、CARSI）是否可用", "en": "Check that off-campus access (proxy, WebVPN, CARSI) works"}'),
 (4, 'online-resources', '{"zh-CN": "联系数据库商开通临时账号、试用和限免资源，更新资源目录", "en": "Ask vendors for temporary accounts, trials and free content; update the directory"}'),
 (5, 'e-reserves', '{"zh-CN": "收集任课教师的电子教参需求并上线", "en": "Collect teachers'' e-reserve requests and put them online"}'),
 (6, 'e-reserves', '{"zh-CN": "核对电子教参的版权许可范围", "en": "Check the copyright permissions of e-reserves"}'),
 (7, 'it-support', '{"zh-CN": "确认网站、服务器和统一认证在高负载下正常", "en": "Confirm the website, servers and sign-in cope with the load"}'),
 (8, 'it-support', '{"zh-CN": "为居家办公的馆员开通远程访问", "en": "Give librarians working from home remote access"}'),
 (9, 'online-reference', '{"zh-CN": "安排咨询值班表（电话、邮件、在线咨询）", "en": "Set the duty rota for questions (phone, mail, online)"}'),
 (10, 'online-reference', '{"zh-CN": "根据读者常见问题更新服务指南", "en": "Update the guide from the questions readers ask"}'),
 (11, 'promotion', '{"zh-CN": "通过微信公众号和网站推送服务指南", "en": "Promote the guide on the WeChat account and the website"}'),
 (12, 'promotion', '{"zh-CN": "发布线上讲座和培训安排", "en": "Announce the online lectures and training"}');
