/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["chromium: map-role-card loading"] = 
`
text "Loading"
`;
/* end snapshot chromium: map-role-card loading */

snapshots["chromium: map-role-card compact"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  link "Read more about Physician associates"
`;
/* end snapshot chromium: map-role-card compact */

snapshots["chromium: map-role-card full"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  term
    text "What they do"
  definition
    list
      listitem
        text "Takes histories"
      listitem
        text "Examines patients"
  term
    text "Supervision"
  definition
    text "A named senior clinician."
  term
    text "Regulation"
  definition
    text "Fixture regulation text."
  term
    text "Training"
  definition
    text "Fixture training text."
  link "Read more about Physician associates"
`;
/* end snapshot chromium: map-role-card full */

snapshots["chromium: map-role-card absent"] = 
`
text "Sorry, this content could not be shown"
text "The feed has no information about surgical-care-practitioner yet."
`;
/* end snapshot chromium: map-role-card absent */

snapshots["chromium: map-role-card error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot chromium: map-role-card error */

snapshots["chromium: map-news-list loading"] = 
`
text "Loading"
`;
/* end snapshot chromium: map-news-list loading */

snapshots["chromium: map-news-list content"] = 
`
list
  listitem
    heading "Fixture news 7" level=3
    text "Published"
    text "15 August 2025"
    text "Summary 7"
    link "View article: Fixture news 7"
  listitem
    heading "Fixture news 6" level=3
    text "Published"
    text "15 July 2025"
    text "Summary 6"
    link "View article: Fixture news 6"
  listitem
    heading "Fixture news 5" level=3
    text "Published"
    text "15 June 2025"
    text "Summary 5"
    link "View article: Fixture news 5"
`;
/* end snapshot chromium: map-news-list content */

snapshots["chromium: map-news-list empty"] = 
`
text "There is no news to show."
`;
/* end snapshot chromium: map-news-list empty */

snapshots["chromium: map-news-list error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed is unavailable at the moment."
button "Try again"
`;
/* end snapshot chromium: map-news-list error */

snapshots["chromium: map-case-study-carousel loading"] = 
`
text "Loading"
`;
/* end snapshot chromium: map-case-study-carousel loading */

snapshots["chromium: map-case-study-carousel rotating"] = 
`
region "Case studies" roledescription=carousel
  button "Stop automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=true
    button "Show slide 2 of 5: Fixture case study 1" disabled=false
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "1 of 5" roledescription=slide
    img "Photo 0"
    heading "Fixture case study 0" level=3
    text "Fixture NHS Trust 0"
    figure
      text "Quote 0"
      text "Person 0, role"
    text "Case summary 0"
    link "Read the case study: Fixture case study 0"
`;
/* end snapshot chromium: map-case-study-carousel rotating */

snapshots["chromium: map-case-study-carousel stopped, second slide"] = 
`
region "Case studies" roledescription=carousel
  button "Start automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=false
    button "Show slide 2 of 5: Fixture case study 1" disabled=true
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "2 of 5" roledescription=slide
    img "Photo 1"
    heading "Fixture case study 1" level=3
    text "Fixture NHS Trust 1"
    figure
      text "Quote 1"
      text "Person 1, role"
    text "Case summary 1"
    link "Read the case study: Fixture case study 1"
`;
/* end snapshot chromium: map-case-study-carousel stopped, second slide */

snapshots["chromium: map-case-study-carousel single"] = 
`
article
  img "Photo 1"
  heading "Case study 1" level=3
  text "Trust 1"
  figure
    text "Quote 1"
    text "Person 1"
  text "Summary 1"
  link "Read the case study: Case study 1"
`;
/* end snapshot chromium: map-case-study-carousel single */

snapshots["chromium: map-case-study-carousel empty"] = 
`
text "There are no case studies to show."
`;
/* end snapshot chromium: map-case-study-carousel empty */

snapshots["chromium: map-case-study-carousel error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot chromium: map-case-study-carousel error */

snapshots["chromium: map-bookmark-button off"] = 
`
button "Bookmark Accessibility page" pressed=false
status
`;
/* end snapshot chromium: map-bookmark-button off */

snapshots["chromium: map-bookmark-button on"] = 
`
button "Bookmark Accessibility page" pressed=true
status
  text "Bookmarked"
`;
/* end snapshot chromium: map-bookmark-button on */

snapshots["chromium: map-bookmark-list empty"] = 
`
heading "Your bookmarks" level=2
text "You have no bookmarks yet. Use the Bookmark button on a page to save it here."
status
`;
/* end snapshot chromium: map-bookmark-list empty */

snapshots["chromium: map-bookmark-list two saved"] = 
`
heading "Your bookmarks" level=2
list
  listitem
    link "Saved page 2"
    text "Saved"
    text "2 January 2026"
    button "Remove Saved page 2"
  listitem
    link "Saved page 1"
    text "Saved"
    text "1 January 2026"
    button "Remove Saved page 1"
status
`;
/* end snapshot chromium: map-bookmark-list two saved */

snapshots["chromium: map-rating-widget stars"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget stars */

snapshots["chromium: map-rating-widget stars, 4 chosen"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=true
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget stars, 4 chosen */

snapshots["chromium: map-rating-widget stars, sent without a choice"] = 
`
form
  group "Rate this page" description="Error: Select a rating from 1 to 5 stars"
    legend "Rate this page"
      text "Rate this page"
    text "Error:"
    text "Select a rating from 1 to 5 stars"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget stars, sent without a choice */

snapshots["chromium: map-rating-widget thanks"] = 
`
status
  text "Thank you for your feedback."
  text "You said this page is useful."
`;
/* end snapshot chromium: map-rating-widget thanks */

snapshots["chromium: map-rating-widget useful"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=false
    text "No"
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget useful */

snapshots["firefox: map-role-card loading"] = 
`
text "Loading"
`;
/* end snapshot firefox: map-role-card loading */

snapshots["firefox: map-role-card compact"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  link "Read more about Physician associates"
`;
/* end snapshot firefox: map-role-card compact */

snapshots["firefox: map-role-card full"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  term
    text "What they do"
  definition
    list
      listitem
        text "Takes histories"
      listitem
        text "Examines patients"
  term
    text "Supervision"
  definition
    text "A named senior clinician."
  term
    text "Regulation"
  definition
    text "Fixture regulation text."
  term
    text "Training"
  definition
    text "Fixture training text."
  link "Read more about Physician associates"
`;
/* end snapshot firefox: map-role-card full */

snapshots["firefox: map-role-card absent"] = 
`
text "Sorry, this content could not be shown"
text "The feed has no information about surgical-care-practitioner yet."
`;
/* end snapshot firefox: map-role-card absent */

snapshots["firefox: map-role-card error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot firefox: map-role-card error */

snapshots["firefox: map-news-list loading"] = 
`
text "Loading"
`;
/* end snapshot firefox: map-news-list loading */

snapshots["firefox: map-news-list content"] = 
`
list
  listitem
    heading "Fixture news 7" level=3
    text "Published"
    text "15 August 2025"
    text "Summary 7"
    link "View article: Fixture news 7"
  listitem
    heading "Fixture news 6" level=3
    text "Published"
    text "15 July 2025"
    text "Summary 6"
    link "View article: Fixture news 6"
  listitem
    heading "Fixture news 5" level=3
    text "Published"
    text "15 June 2025"
    text "Summary 5"
    link "View article: Fixture news 5"
`;
/* end snapshot firefox: map-news-list content */

snapshots["firefox: map-news-list empty"] = 
`
text "There is no news to show."
`;
/* end snapshot firefox: map-news-list empty */

snapshots["firefox: map-news-list error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed is unavailable at the moment."
button "Try again"
`;
/* end snapshot firefox: map-news-list error */

snapshots["firefox: map-case-study-carousel loading"] = 
`
text "Loading"
`;
/* end snapshot firefox: map-case-study-carousel loading */

snapshots["firefox: map-case-study-carousel rotating"] = 
`
region "Case studies" roledescription=carousel
  button "Stop automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=true
    button "Show slide 2 of 5: Fixture case study 1" disabled=false
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "1 of 5" roledescription=slide
    img "Photo 0"
    heading "Fixture case study 0" level=3
    text "Fixture NHS Trust 0"
    figure
      text "Quote 0"
      text "Person 0, role"
    text "Case summary 0"
    link "Read the case study: Fixture case study 0"
`;
/* end snapshot firefox: map-case-study-carousel rotating */

snapshots["firefox: map-case-study-carousel stopped, second slide"] = 
`
region "Case studies" roledescription=carousel
  button "Start automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=false
    button "Show slide 2 of 5: Fixture case study 1" disabled=true
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "2 of 5" roledescription=slide
    img "Photo 1"
    heading "Fixture case study 1" level=3
    text "Fixture NHS Trust 1"
    figure
      text "Quote 1"
      text "Person 1, role"
    text "Case summary 1"
    link "Read the case study: Fixture case study 1"
`;
/* end snapshot firefox: map-case-study-carousel stopped, second slide */

snapshots["firefox: map-case-study-carousel single"] = 
`
article
  img "Photo 1"
  heading "Case study 1" level=3
  text "Trust 1"
  figure
    text "Quote 1"
    text "Person 1"
  text "Summary 1"
  link "Read the case study: Case study 1"
`;
/* end snapshot firefox: map-case-study-carousel single */

snapshots["firefox: map-case-study-carousel empty"] = 
`
text "There are no case studies to show."
`;
/* end snapshot firefox: map-case-study-carousel empty */

snapshots["firefox: map-case-study-carousel error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot firefox: map-case-study-carousel error */

snapshots["firefox: map-bookmark-button off"] = 
`
button "Bookmark Accessibility page" pressed=false
status
`;
/* end snapshot firefox: map-bookmark-button off */

snapshots["firefox: map-bookmark-button on"] = 
`
button "Bookmark Accessibility page" pressed=true
status
  text "Bookmarked"
`;
/* end snapshot firefox: map-bookmark-button on */

snapshots["firefox: map-bookmark-list empty"] = 
`
heading "Your bookmarks" level=2
text "You have no bookmarks yet. Use the Bookmark button on a page to save it here."
status
`;
/* end snapshot firefox: map-bookmark-list empty */

snapshots["firefox: map-bookmark-list two saved"] = 
`
heading "Your bookmarks" level=2
list
  listitem
    link "Saved page 2"
    text "Saved"
    text "2 January 2026"
    button "Remove Saved page 2"
  listitem
    link "Saved page 1"
    text "Saved"
    text "1 January 2026"
    button "Remove Saved page 1"
status
`;
/* end snapshot firefox: map-bookmark-list two saved */

snapshots["firefox: map-rating-widget stars"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget stars */

snapshots["firefox: map-rating-widget stars, 4 chosen"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=true
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget stars, 4 chosen */

snapshots["firefox: map-rating-widget stars, sent without a choice"] = 
`
form
  group "Rate this page" description="Error: Select a rating from 1 to 5 stars"
    legend "Rate this page"
      text "Rate this page"
    text "Error:"
    text "Select a rating from 1 to 5 stars"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget stars, sent without a choice */

snapshots["firefox: map-rating-widget thanks"] = 
`
status
  text "Thank you for your feedback."
  text "You said this page is useful."
`;
/* end snapshot firefox: map-rating-widget thanks */

snapshots["firefox: map-rating-widget useful"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=false
    text "No"
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget useful */

snapshots["webkit: map-role-card loading"] = 
`
text "Loading"
`;
/* end snapshot webkit: map-role-card loading */

snapshots["webkit: map-role-card compact"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  link "Read more about Physician associates"
`;
/* end snapshot webkit: map-role-card compact */

snapshots["webkit: map-role-card full"] = 
`
article "Physician associates"
  heading "Physician associates" level=3
  text "Healthcare professionals who support doctors in diagnosing and managing patients."
  term
    text "What they do"
  definition
    list
      listitem
        text "Takes histories"
      listitem
        text "Examines patients"
  term
    text "Supervision"
  definition
    text "A named senior clinician."
  term
    text "Regulation"
  definition
    text "Fixture regulation text."
  term
    text "Training"
  definition
    text "Fixture training text."
  link "Read more about Physician associates"
`;
/* end snapshot webkit: map-role-card full */

snapshots["webkit: map-role-card absent"] = 
`
text "Sorry, this content could not be shown"
text "The feed has no information about surgical-care-practitioner yet."
`;
/* end snapshot webkit: map-role-card absent */

snapshots["webkit: map-role-card error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot webkit: map-role-card error */

snapshots["webkit: map-news-list loading"] = 
`
text "Loading"
`;
/* end snapshot webkit: map-news-list loading */

snapshots["webkit: map-news-list content"] = 
`
list
  listitem
    heading "Fixture news 7" level=3
    text "Published"
    text "15 August 2025"
    text "Summary 7"
    link "View article: Fixture news 7"
  listitem
    heading "Fixture news 6" level=3
    text "Published"
    text "15 July 2025"
    text "Summary 6"
    link "View article: Fixture news 6"
  listitem
    heading "Fixture news 5" level=3
    text "Published"
    text "15 June 2025"
    text "Summary 5"
    link "View article: Fixture news 5"
`;
/* end snapshot webkit: map-news-list content */

snapshots["webkit: map-news-list empty"] = 
`
text "There is no news to show."
`;
/* end snapshot webkit: map-news-list empty */

snapshots["webkit: map-news-list error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed is unavailable at the moment."
button "Try again"
`;
/* end snapshot webkit: map-news-list error */

snapshots["webkit: map-case-study-carousel loading"] = 
`
text "Loading"
`;
/* end snapshot webkit: map-case-study-carousel loading */

snapshots["webkit: map-case-study-carousel rotating"] = 
`
region "Case studies" roledescription=carousel
  button "Stop automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=true
    button "Show slide 2 of 5: Fixture case study 1" disabled=false
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "1 of 5" roledescription=slide
    img "Photo 0"
    heading "Fixture case study 0" level=3
    text "Fixture NHS Trust 0"
    figure
      text "Quote 0"
      text "Person 0, role"
    text "Case summary 0"
    link "Read the case study: Fixture case study 0"
`;
/* end snapshot webkit: map-case-study-carousel rotating */

snapshots["webkit: map-case-study-carousel stopped, second slide"] = 
`
region "Case studies" roledescription=carousel
  button "Start automatic slide show"
  button "Previous slide"
  button "Next slide"
  group "Choose slide to display"
    button "Show slide 1 of 5: Fixture case study 0" disabled=false
    button "Show slide 2 of 5: Fixture case study 1" disabled=true
    button "Show slide 3 of 5: Fixture case study 2" disabled=false
    button "Show slide 4 of 5: Fixture case study 3" disabled=false
    button "Show slide 5 of 5: Fixture case study 4" disabled=false
  group "2 of 5" roledescription=slide
    img "Photo 1"
    heading "Fixture case study 1" level=3
    text "Fixture NHS Trust 1"
    figure
      text "Quote 1"
      text "Person 1, role"
    text "Case summary 1"
    link "Read the case study: Fixture case study 1"
`;
/* end snapshot webkit: map-case-study-carousel stopped, second slide */

snapshots["webkit: map-case-study-carousel single"] = 
`
article
  img "Photo 1"
  heading "Case study 1" level=3
  text "Trust 1"
  figure
    text "Quote 1"
    text "Person 1"
  text "Summary 1"
  link "Read the case study: Case study 1"
`;
/* end snapshot webkit: map-case-study-carousel single */

snapshots["webkit: map-case-study-carousel empty"] = 
`
text "There are no case studies to show."
`;
/* end snapshot webkit: map-case-study-carousel empty */

snapshots["webkit: map-case-study-carousel error"] = 
`
text "Sorry, this content could not be shown"
text "The content feed was not found."
button "Try again"
`;
/* end snapshot webkit: map-case-study-carousel error */

snapshots["webkit: map-bookmark-button off"] = 
`
button "Bookmark Accessibility page" pressed=false
status
`;
/* end snapshot webkit: map-bookmark-button off */

snapshots["webkit: map-bookmark-button on"] = 
`
button "Bookmark Accessibility page" pressed=true
status
  text "Bookmarked"
`;
/* end snapshot webkit: map-bookmark-button on */

snapshots["webkit: map-bookmark-list empty"] = 
`
heading "Your bookmarks" level=2
text "You have no bookmarks yet. Use the Bookmark button on a page to save it here."
status
`;
/* end snapshot webkit: map-bookmark-list empty */

snapshots["webkit: map-bookmark-list two saved"] = 
`
heading "Your bookmarks" level=2
list
  listitem
    link "Saved page 2"
    text "Saved"
    text "2 January 2026"
    button "Remove Saved page 2"
  listitem
    link "Saved page 1"
    text "Saved"
    text "1 January 2026"
    button "Remove Saved page 1"
status
`;
/* end snapshot webkit: map-bookmark-list two saved */

snapshots["webkit: map-rating-widget stars"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget stars */

snapshots["webkit: map-rating-widget stars, 4 chosen"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=true
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget stars, 4 chosen */

snapshots["webkit: map-rating-widget stars, sent without a choice"] = 
`
form
  group "Rate this page" description="Error: Select a rating from 1 to 5 stars"
    legend "Rate this page"
      text "Rate this page"
    text "Error:"
    text "Select a rating from 1 to 5 stars"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=false
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  textbox "Tell us more (optional)" invalid=false description="Do not include personal or medical information. You have 500 characters remaining"
  text "You have 500 characters remaining"
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget stars, sent without a choice */

snapshots["webkit: map-rating-widget thanks"] = 
`
status
  text "Thank you for your feedback."
  text "You said this page is useful."
`;
/* end snapshot webkit: map-rating-widget thanks */

snapshots["webkit: map-rating-widget useful"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=false
    text "No"
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget useful */

snapshots["chromium: map-bookmark-button refused by the site"] = 
`
button "Bookmark Refused page" pressed=true
status
  text "Bookmarked"
alert
  text "Your bookmark is saved in this browser, but the site did not accept it (error 403)."
`;
/* end snapshot chromium: map-bookmark-button refused by the site */

snapshots["chromium: map-rating-widget comment too long"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=true
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  text "Error:"
  text "Your comment must be 500 characters or fewer"
  textbox "Tell us more (optional)" invalid=true description="Do not include personal or medical information. Error: Your comment must be 500 characters or fewer You have 20 characters too many"
  text "You have 20 characters too many"
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget comment too long */

snapshots["chromium: map-rating-widget refused by the site"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=true
    text "No"
  alert
    text "Sorry, your feedback was not accepted (error 422). Check your answer and try again."
  button "Send feedback" disabled=false
status
`;
/* end snapshot chromium: map-rating-widget refused by the site */

snapshots["firefox: map-bookmark-button refused by the site"] = 
`
button "Bookmark Refused page" pressed=true
status
  text "Bookmarked"
alert
  text "Your bookmark is saved in this browser, but the site did not accept it (error 403)."
`;
/* end snapshot firefox: map-bookmark-button refused by the site */

snapshots["firefox: map-rating-widget comment too long"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=true
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  text "Error:"
  text "Your comment must be 500 characters or fewer"
  textbox "Tell us more (optional)" invalid=true description="Do not include personal or medical information. Error: Your comment must be 500 characters or fewer You have 20 characters too many"
  text "You have 20 characters too many"
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget comment too long */

snapshots["firefox: map-rating-widget refused by the site"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=true
    text "No"
  alert
    text "Sorry, your feedback was not accepted (error 422). Check your answer and try again."
  button "Send feedback" disabled=false
status
`;
/* end snapshot firefox: map-rating-widget refused by the site */

snapshots["webkit: map-bookmark-button refused by the site"] = 
`
button "Bookmark Refused page" pressed=true
status
  text "Bookmarked"
alert
  text "Your bookmark is saved in this browser, but the site did not accept it (error 403)."
`;
/* end snapshot webkit: map-bookmark-button refused by the site */

snapshots["webkit: map-rating-widget comment too long"] = 
`
form
  group "Rate this page"
    legend "Rate this page"
      text "Rate this page"
    radio "1 star out of 5" checked=false
    text "1 star out of 5"
    radio "2 stars out of 5" checked=true
    text "2 stars out of 5"
    radio "3 stars out of 5" checked=false
    text "3 stars out of 5"
    radio "4 stars out of 5" checked=false
    text "4 stars out of 5"
    radio "5 stars out of 5" checked=false
    text "5 stars out of 5"
  text "Tell us more (optional)"
  text "Do not include personal or medical information."
  text "Error:"
  text "Your comment must be 500 characters or fewer"
  textbox "Tell us more (optional)" invalid=true description="Do not include personal or medical information. Error: Your comment must be 500 characters or fewer You have 20 characters too many"
  text "You have 20 characters too many"
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget comment too long */

snapshots["webkit: map-rating-widget refused by the site"] = 
`
form
  group "Is this page useful?"
    legend "Is this page useful?"
      text "Is this page useful?"
    radio "Yes" checked=false
    text "Yes"
    radio "No" checked=true
    text "No"
  alert
    text "Sorry, your feedback was not accepted (error 422). Check your answer and try again."
  button "Send feedback" disabled=false
status
`;
/* end snapshot webkit: map-rating-widget refused by the site */

snapshots["chromium's own tree: map-role-card loading"] = 
`
generic busy
  StaticText "Loading"
`;
/* end snapshot chromium's own tree: map-role-card loading */

snapshots["chromium's own tree: map-role-card compact"] = 
`
heading "Physician associates" level=3
`;
/* end snapshot chromium's own tree: map-role-card compact */

snapshots["chromium's own tree: map-role-card full"] = 
`
heading "Physician associates" level=3
`;
/* end snapshot chromium's own tree: map-role-card full */

snapshots["chromium's own tree: map-role-card absent"] = 
`
StaticText "Sorry, this content could not be shown"
`;
/* end snapshot chromium's own tree: map-role-card absent */

snapshots["chromium's own tree: map-role-card error"] = 
`
StaticText "Sorry, this content could not be shown"
`;
/* end snapshot chromium's own tree: map-role-card error */

snapshots["chromium's own tree: map-news-list loading"] = 
`
generic busy
  StaticText "Loading"
`;
/* end snapshot chromium's own tree: map-news-list loading */

snapshots["chromium's own tree: map-news-list content"] = 
`
link "Fixture news 7"
  StaticText "Fixture news 7"
`;
/* end snapshot chromium's own tree: map-news-list content */

snapshots["chromium's own tree: map-news-list empty"] = 
`
StaticText "There is no news to show."
`;
/* end snapshot chromium's own tree: map-news-list empty */

snapshots["chromium's own tree: map-news-list error"] = 
`
StaticText "Sorry, this content could not be shown"
`;
/* end snapshot chromium's own tree: map-news-list error */

snapshots["chromium's own tree: map-case-study-carousel loading"] = 
`
generic busy
  StaticText "Loading"
`;
/* end snapshot chromium's own tree: map-case-study-carousel loading */

snapshots["chromium's own tree: map-case-study-carousel rotating"] = 
`
region "Case studies" roledescription=carousel
  button "Stop automatic slide show"
  button "Previous slide"
  button "Next slide"
  button "Show slide 1 of 5: Fixture case study 0" disabled
  button "Show slide 2 of 5: Fixture case study 1"
  button "Show slide 3 of 5: Fixture case study 2"
  button "Show slide 4 of 5: Fixture case study 3"
  button "Show slide 5 of 5: Fixture case study 4"
  group "1 of 5" roledescription=slide
    image "Photo 0"
    heading "Fixture case study 0" level=3
    StaticText "Fixture NHS Trust 0"
    StaticText "“"
    StaticText "Quote 0"
    StaticText "”"
    StaticText "Person 0, role"
    StaticText "Case summary 0"
    link "Read the case study: Fixture case study 0"
      StaticText "Read the case study"
`;
/* end snapshot chromium's own tree: map-case-study-carousel rotating */

snapshots["chromium's own tree: map-case-study-carousel stopped, second slide"] = 
`
region "Case studies" roledescription=carousel
  button "Start automatic slide show"
  button "Previous slide"
  button "Next slide"
  button "Show slide 1 of 5: Fixture case study 0"
  button "Show slide 2 of 5: Fixture case study 1" disabled
  button "Show slide 3 of 5: Fixture case study 2"
  button "Show slide 4 of 5: Fixture case study 3"
  button "Show slide 5 of 5: Fixture case study 4"
  generic live=polite
    group "2 of 5" roledescription=slide
      image "Photo 1"
      heading "Fixture case study 1" level=3
      StaticText "Fixture NHS Trust 1"
      StaticText "“"
      StaticText "Quote 1"
      StaticText "”"
      StaticText "Person 1, role"
      StaticText "Case summary 1"
      link "Read the case study: Fixture case study 1"
        StaticText "Read the case study"
`;
/* end snapshot chromium's own tree: map-case-study-carousel stopped, second slide */

snapshots["chromium's own tree: map-case-study-carousel single"] = 
`
image "Photo 1"
`;
/* end snapshot chromium's own tree: map-case-study-carousel single */

snapshots["chromium's own tree: map-case-study-carousel empty"] = 
`
StaticText "There are no case studies to show."
`;
/* end snapshot chromium's own tree: map-case-study-carousel empty */

snapshots["chromium's own tree: map-case-study-carousel error"] = 
`
StaticText "Sorry, this content could not be shown"
`;
/* end snapshot chromium's own tree: map-case-study-carousel error */

snapshots["chromium's own tree: map-bookmark-button off"] = 
`
button "Bookmark Accessibility page"
`;
/* end snapshot chromium's own tree: map-bookmark-button off */

snapshots["chromium's own tree: map-bookmark-button on"] = 
`
button "Bookmark Accessibility page" pressed
`;
/* end snapshot chromium's own tree: map-bookmark-button on */

snapshots["chromium's own tree: map-bookmark-button refused by the site"] = 
`
button "Bookmark Refused page" pressed
`;
/* end snapshot chromium's own tree: map-bookmark-button refused by the site */

snapshots["chromium's own tree: map-bookmark-list empty"] = 
`
heading "Your bookmarks" level=2
`;
/* end snapshot chromium's own tree: map-bookmark-list empty */

snapshots["chromium's own tree: map-bookmark-list two saved"] = 
`
heading "Your bookmarks" level=2
`;
/* end snapshot chromium's own tree: map-bookmark-list two saved */

snapshots["chromium's own tree: map-rating-widget stars"] = 
`
form
  StaticText "Rate this page"
  radio "1 star out of 5"
  StaticText "1 star out of 5"
  radio "2 stars out of 5"
  StaticText "2 stars out of 5"
  radio "3 stars out of 5"
  StaticText "3 stars out of 5"
  radio "4 stars out of 5"
  StaticText "4 stars out of 5"
  radio "5 stars out of 5"
  StaticText "5 stars out of 5"
  StaticText "Tell us more (optional)"
  StaticText "Do not include personal or medical information."
  textbox "Tell us more (optional)" description="Do not include personal or medical information. You have 500 characters remaining"
  StaticText "You have 500 characters remaining"
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget stars */

snapshots["chromium's own tree: map-rating-widget stars, 4 chosen"] = 
`
form
  StaticText "Rate this page"
  radio "1 star out of 5"
  StaticText "1 star out of 5"
  radio "2 stars out of 5"
  StaticText "2 stars out of 5"
  radio "3 stars out of 5"
  StaticText "3 stars out of 5"
  radio "4 stars out of 5" checked
  StaticText "4 stars out of 5"
  radio "5 stars out of 5"
  StaticText "5 stars out of 5"
  StaticText "Tell us more (optional)"
  StaticText "Do not include personal or medical information."
  textbox "Tell us more (optional)" description="Do not include personal or medical information. You have 500 characters remaining"
  StaticText "You have 500 characters remaining"
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget stars, 4 chosen */

snapshots["chromium's own tree: map-rating-widget stars, sent without a choice"] = 
`
form
  StaticText "Rate this page"
  StaticText "Error:"
  StaticText "Select a rating from 1 to 5 stars"
  radio "1 star out of 5"
  StaticText "1 star out of 5"
  radio "2 stars out of 5"
  StaticText "2 stars out of 5"
  radio "3 stars out of 5"
  StaticText "3 stars out of 5"
  radio "4 stars out of 5"
  StaticText "4 stars out of 5"
  radio "5 stars out of 5"
  StaticText "5 stars out of 5"
  StaticText "Tell us more (optional)"
  StaticText "Do not include personal or medical information."
  textbox "Tell us more (optional)" description="Do not include personal or medical information. You have 500 characters remaining"
  StaticText "You have 500 characters remaining"
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget stars, sent without a choice */

snapshots["chromium's own tree: map-rating-widget thanks"] = 
`
status live=polite
  generic
    StaticText "Thank you for your feedback."
    StaticText "You said this page is useful."
`;
/* end snapshot chromium's own tree: map-rating-widget thanks */

snapshots["chromium's own tree: map-rating-widget comment too long"] = 
`
form
  StaticText "Rate this page"
  radio "1 star out of 5"
  StaticText "1 star out of 5"
  radio "2 stars out of 5" checked
  StaticText "2 stars out of 5"
  radio "3 stars out of 5"
  StaticText "3 stars out of 5"
  radio "4 stars out of 5"
  StaticText "4 stars out of 5"
  radio "5 stars out of 5"
  StaticText "5 stars out of 5"
  StaticText "Tell us more (optional)"
  StaticText "Do not include personal or medical information."
  StaticText "Error:"
  StaticText "Your comment must be 500 characters or fewer"
  textbox "Tell us more (optional)" invalid=true description="Do not include personal or medical information. Error: Your comment must be 500 characters or fewer You have 20 characters too many"
  StaticText "You have 20 characters too many"
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget comment too long */

snapshots["chromium's own tree: map-rating-widget refused by the site"] = 
`
form
  StaticText "Is this page useful?"
  radio "Yes"
  StaticText "Yes"
  radio "No" checked
  StaticText "No"
  alert live=assertive
    StaticText "Sorry, your feedback was not accepted (error 422). Check your answer and try again."
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget refused by the site */

snapshots["chromium's own tree: map-rating-widget useful"] = 
`
form
  StaticText "Is this page useful?"
  radio "Yes"
  StaticText "Yes"
  radio "No"
  StaticText "No"
  button "Send feedback"
`;
/* end snapshot chromium's own tree: map-rating-widget useful */

