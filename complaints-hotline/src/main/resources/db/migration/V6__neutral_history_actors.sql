-- Issue 11 point 1 (举报人保密): the history never names who filed a case. The intake entry's
-- actor becomes a neutral label (the citizen's account stays in cases.reporter_subject), and
-- staff entries carry the display name they had, so the login name is never shown.
alter table case_events add column actor_name varchar(100);

update case_events e
   set actor = case
                 when c.channel = 'PHONE' then 'hotline-agent'
                 when c.channel = 'HOTLINE_12345' then '12345'
                 when c.reporter_subject is null then 'anonymous'
                 else 'public'
               end
  from cases c
 where e.case_id = c.id
   and e.action = 'FILE';

-- The same for the rows that recorded the citizen's login name as the creator or uploader.
update cases set created_by = case when reporter_subject is null then 'anonymous' else 'public' end
 where channel = 'WEB';
update attachments a set uploaded_by = case when c.reporter_subject is null then 'anonymous' else 'public' end
  from cases c
 where a.case_id = c.id and c.channel = 'WEB';
